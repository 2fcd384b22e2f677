/** One Volunteer of the Month per series and month. */
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

export function checkAwards(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const award of index.entries.awards) {
		if (!award.data) continue;
		const key = `${award.data.series}/${award.data.month}`;
		const first = seen.get(key);
		if (first) {
			problems.push({
				file: award.file,
				line: award.lineOf(['month']),
				field: 'month',
				found: `${award.data.month}, already awarded in ${award.data.series} by ${first}`,
				expected: 'one Volunteer of the Month per series and month',
			});
		} else seen.set(key, award.file);
	}
	return problems;
}
