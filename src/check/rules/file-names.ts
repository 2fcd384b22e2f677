/**
 * The rules on one entry's file name, apart from the folder walk of
 * `files.ts`: the submission form runs them in the browser on the file it
 * is about to propose, so nothing here reads the disk.
 */
import { idPattern } from '../../schemas/references.ts';
import type { ContentEntry } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

const baseName = (file: string) => file.split('/').pop() ?? file;

/** A Markdown entry's name: lowercase, dated for sessions, by month for awards. */
export function fileNameProblems(entry: ContentEntry): Problem[] {
	const problems: Problem[] = [];
	if (!idPattern.test(entry.id)) {
		problems.push({
			file: entry.file,
			line: 1,
			field: 'file',
			found: `the file name "${baseName(entry.file)}"`,
			expected: 'a file name of lowercase letters, digits and hyphens, ending in .md',
		});
	}
	if (entry.collection === 'sessions') {
		const written = typeof entry.raw.date === 'string' ? entry.raw.date.slice(0, 10) : undefined;
		if (!/^\d{4}-\d{2}-\d{2}-/.test(entry.id)) {
			problems.push({
				file: entry.file,
				line: 1,
				field: 'file',
				found: `the file name "${baseName(entry.file)}"`,
				expected: `a name starting with the session's date, like ${written ?? '2026-12-04'}-short-topic.md`,
			});
		} else if (written && /^\d{4}-\d{2}-\d{2}$/.test(written) && !entry.id.startsWith(written)) {
			problems.push({
				file: entry.file,
				line: entry.lineOf(['date']),
				field: 'date',
				found: `"${written}", but the file name starts with ${entry.id.slice(0, 10)}`,
				expected: 'the same day in the date and at the start of the file name',
			});
		}
	}
	if (entry.collection === 'awards') {
		const month = typeof entry.raw.month === 'string' ? entry.raw.month : undefined;
		if (month && !entry.id.startsWith(`${month}-`)) {
			problems.push({
				file: entry.file,
				line: 1,
				field: 'file',
				found: `the file name "${baseName(entry.file)}"`,
				expected: `a name starting with the award's month, like ${month}-${typeof entry.raw.series === 'string' ? entry.raw.series : 'series'}.md`,
			});
		}
	}
	return problems;
}

/** An id another entry of the collection already has; `others` says where. */
export function duplicateIdProblem(
	entry: Pick<ContentEntry, 'file' | 'id' | 'collection' | 'lineOf'>,
	others: string[],
	isList: boolean,
): Problem {
	return {
		file: entry.file,
		line: isList ? entry.lineOf(['id']) : 1,
		field: isList ? 'id' : 'file',
		found: `the id "${entry.id}", also used by ${others.join(', ')}`,
		expected: `an id used once in ${entry.collection}: rename one of them`,
	};
}
