/**
 * What a contributor is told about a file's name: the form runs these rules
 * on the file it is about to propose, so they take an entry, not the disk.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../loader/problem.ts';
import type { CollectionName } from '../../schemas/references.ts';
import type { ContentEntry } from '../read-content.ts';
import { duplicateIdProblem, fileNameProblems } from './file-names.ts';

/** An entry as the checker reads it; `date`, `month` and `id` are on lines 4, 5 and 6. */
function entry(collection: CollectionName, file: string, raw: Record<string, unknown> = {}): ContentEntry {
	const lines: Record<string, number> = { date: 4, month: 5, id: 6 };
	return {
		collection,
		id: file.split('/').pop()!.replace(/\.md$/, ''),
		file,
		raw,
		data: undefined,
		body: '',
		bodyLine: 10,
		lineOf: (path) => lines[String(path[0])] ?? 1,
	};
}
const problems = (e: ContentEntry) => fileNameProblems(e).map(formatProblem);

describe('a file name', () => {
	it('of lowercase letters, digits and hyphens passes', () => {
		expect(problems(entry('people', 'content/people/provincial-volunteer-2.md'))).toEqual([]);
		expect(problems(entry('organisations', 'content/organisations/a.md'))).toEqual([]);
	});

	it('with capitals, spaces or other letters is refused, naming the file as written', () => {
		for (const name of ['Finance Manager.md', 'ນາງ-ກ.md', 'under_score.md']) {
			expect(problems(entry('people', `content/people/${name}`))).toEqual([
				`content/people/${name}:1: file: found the file name "${name}"; expected a file name of lowercase letters, digits and hyphens, ending in .md`,
			]);
		}
	});
});

describe("a session's file name", () => {
	it('starts with the day of its date', () => {
		expect(problems(entry('sessions', 'content/sessions/2026-05-07-budgets.md', { date: '2026-05-07T10:00+07:00' }))).toEqual([]);
	});

	it('without a date in front is refused, with the date it should start with', () => {
		expect(problems(entry('sessions', 'content/sessions/budgets.md', { date: '2026-05-07T10:00+07:00' }))).toEqual([
			'content/sessions/budgets.md:1: file: found the file name "budgets.md"; expected a name starting with the session\'s date, like 2026-05-07-short-topic.md',
		]);
		expect(problems(entry('sessions', 'content/sessions/2026-5-7-budgets.md', {}))).toEqual([
			'content/sessions/2026-5-7-budgets.md:1: file: found the file name "2026-5-7-budgets.md"; expected a name starting with the session\'s date, like 2026-12-04-short-topic.md',
		]);
		expect(problems(entry('sessions', 'content/sessions/budgets-2026-05-07-notes.md', {}))).toEqual([
			'content/sessions/budgets-2026-05-07-notes.md:1: file: found the file name "budgets-2026-05-07-notes.md"; expected a name starting with the session\'s date, like 2026-12-04-short-topic.md',
		]);
	});

	it('with another day than its date is said at the date’s line', () => {
		expect(problems(entry('sessions', 'content/sessions/2026-05-08-budgets.md', { date: '2026-05-07T10:00+07:00' }))).toEqual([
			'content/sessions/2026-05-08-budgets.md:4: date: found "2026-05-07", but the file name starts with 2026-05-08; expected the same day in the date and at the start of the file name',
		]);
	});

	it('is not compared with a date that is not one (the schema says so)', () => {
		expect(problems(entry('sessions', 'content/sessions/2026-05-08-budgets.md', { date: 'next Friday' }))).toEqual([]);
		expect(problems(entry('sessions', 'content/sessions/2026-05-08-budgets.md', { date: 20260508 }))).toEqual([]);
	});
});

describe("an award's file name", () => {
	it('starts with its month', () => {
		expect(problems(entry('awards', 'content/awards/2026-05-lao-hangouts.md', { month: '2026-05', series: 'lao-hangouts' }))).toEqual([]);
	});

	it('with another month is refused, with the name it should have', () => {
		expect(problems(entry('awards', 'content/awards/2026-06-lao-hangouts.md', { month: '2026-05', series: 'lao-hangouts' }))).toEqual([
			'content/awards/2026-06-lao-hangouts.md:1: file: found the file name "2026-06-lao-hangouts.md"; expected a name starting with the award\'s month, like 2026-05-lao-hangouts.md',
		]);
		expect(problems(entry('awards', 'content/awards/volunteer.md', { month: '2026-05' }))).toEqual([
			'content/awards/volunteer.md:1: file: found the file name "volunteer.md"; expected a name starting with the award\'s month, like 2026-05-series.md',
		]);
	});

	it('is not compared with a month that is missing or not text (the schema says so)', () => {
		expect(problems(entry('awards', 'content/awards/volunteer.md', {}))).toEqual([]);
		expect(problems(entry('awards', 'content/awards/volunteer.md', { month: 202605 }))).toEqual([]);
	});
});

describe('an id used twice', () => {
	it('in a folder is said on the file, naming the other file', () => {
		const e = entry('people', 'content/people/volunteer.md');
		expect(formatProblem(duplicateIdProblem(e, ['content/people/volunteer.mdx'], false))).toBe(
			'content/people/volunteer.md:1: file: found the id "volunteer", also used by content/people/volunteer.mdx; expected an id used once in people: rename one of them',
		);
	});

	it('in a list is said at the id’s line', () => {
		const e = { ...entry('themes', 'content/themes.yaml'), id: 'nutrition' };
		expect(formatProblem(duplicateIdProblem(e, ['line 2', 'line 9'], true))).toBe(
			'content/themes.yaml:6: id: found the id "nutrition", also used by line 2, line 9; expected an id used once in themes: rename one of them',
		);
	});
});
