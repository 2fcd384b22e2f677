/** One plan per series: the series page shows one, and `/series/<id>/plan/` is one page. */
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

export function checkPlans(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const plan of [...index.entries.plans].sort((a, b) => a.file.localeCompare(b.file))) {
		if (!plan.data) continue;
		const first = seen.get(plan.data.series);
		if (first) {
			problems.push({
				file: plan.file,
				line: plan.lineOf(['series']),
				field: 'series',
				found: `${plan.data.series}, which already has a plan in ${first}`,
				expected: 'one plan per series: change that plan, or give this one another series',
			});
		} else seen.set(plan.data.series, plan.file);
	}
	return problems;
}
