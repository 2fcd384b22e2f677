/**
 * A name stays out of everything published unless its person agreed: each
 * place a name can be written is tried, and each place it may stay.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readContent } from '../read-content.ts';
import { checkConsent, personFileNameProblem } from './consent.ts';

/** The small site (whose unnamed-volunteer is "Zebulon Nameless-Canary", consent.name false) with `files` added. */
function consentProblems(name: string, files: Record<string, string>): string[] {
	const site = smallSiteWith(`consent-${name}`, files);
	return checkConsent(readContent(site.root, [])).map(formatProblem);
}

const session = (frontmatter: string, body = 'A short recap.') =>
	`---\nseries: plp-group\ntitle: A session\ndate: 2026-05-07T10:00+01:00\nlang: en\nformat: online\napproach: als\nthemes: [nutrition]\n${frontmatter}sample: true\n---\n\n${body}\n`;

const unnamed =
	'the name of content/people/unnamed-volunteer.md, who has not agreed to be named; expected their role and organisation instead of their name';

describe('names of people who have not agreed to be named', () => {
	it('finds nothing in the small site, where the unnamed volunteer is only referred to by id', () => {
		expect(consentProblems('clean', {})).toEqual([]);
	});

	it('finds the name in each published field of a session, whatever its case, at the line it is on', () => {
		const file = 'content/sessions/2026-05-07-names.md';
		const problems = consentProblems('fields', {
			[file]: session(
				[
					'summary: Notes from zebulon nameless-canary.',
					'takeaways:',
					'  - Ask Zebulon Nameless-Canary first.',
					'  - text: Zebulon Nameless-Canary said so.',
					'next:',
					'  topic: More with ZEBULON NAMELESS-CANARY',
					'',
				].join('\n'),
				'First line.\n\nSecond paragraph, by Zebulon Nameless-Canary.',
			),
		});
		expect(problems).toEqual([
			`${file}:9: summary: found ${unnamed}`,
			`${file}:11: takeaways.0: found ${unnamed}`,
			`${file}:12: takeaways.1: found ${unnamed}`,
			`${file}:14: next.topic: found ${unnamed}`,
			`${file}:20: body: found ${unnamed}`,
		]);
	});

	it('finds the name in a series’ description and how to join, an award’s citation and a benchmark, and in titles', () => {
		const problems = consentProblems('more-fields', {
			'content/series/names-series.md':
				'---\nname: Named Series\nnetwork: A network\ncountry: LA\ncadence: monthly\nlang: en\ntimezone: Asia/Vientiane\njoinInfo: Ask Zebulon Nameless-Canary.\ndescription: Run by Zebulon Nameless-Canary.\n---\n',
			'content/awards/2026-11-lao-hangouts.md':
				'---\nmonth: 2026-11\nperson: named-presenter\nseries: lao-hangouts\ncitation: For helping Zebulon Nameless-Canary.\n---\n',
			'content/sessions/2026-05-07-benchmark.md': session(
				'title: With Zebulon Nameless-Canary\napproach: bmc\nbenchmark: Zebulon Nameless-Canary closes the books in ten days.\n',
			)
				.replace('title: A session\n', '')
				.replace('approach: als\n', ''),
		});
		expect(problems.map((line) => line.split(': found')[0])).toEqual([
			'content/sessions/2026-05-07-benchmark.md:7: title',
			'content/sessions/2026-05-07-benchmark.md:9: benchmark',
			'content/series/names-series.md:9: description',
			'content/series/names-series.md:8: joinInfo',
			'content/awards/2026-11-lao-hangouts.md:5: citation',
		]);
	});

	it('looks in briefs, series, organisations, awards and other people too', () => {
		const problems = consentProblems('collections', {
			'content/organisations/names-org.md': '---\nname: An organisation\ndescription: Founded by Zebulon Nameless-Canary.\n---\n',
			'content/people/names-person.md':
				'---\nname: Someone Else\nrole: Volunteer\nconsent: { name: true }\n---\n\nWorks with Zebulon Nameless-Canary.\n',
		});
		expect(problems).toEqual([
			`content/organisations/names-org.md:3: description: found ${unnamed}`,
			`content/people/names-person.md:7: body: found ${unnamed}`,
		]);
	});

	it('leaves drafts, the person’s own file, and names inside longer words alone', () => {
		expect(
			consentProblems('allowed', {
				'content/sessions/2026-05-07-draft.md': session('draft: true\n', 'By Zebulon Nameless-Canary.'),
				'content/sessions/2026-05-08-longer-word.md': session('', 'By Zebulon Nameless-Canaryfield, a different person.'),
			}),
		).toEqual([]);
	});

	it('finds a name with dots and brackets in it as written, and lets the person’s own file use it', () => {
		const file = 'content/sessions/2026-05-07-dotted.md';
		expect(
			consentProblems('dotted', {
				'content/people/desk-volunteer.md':
					'---\nname: Dr. Quillon (Q.) Vantaborough\nrole: Volunteer\nconsent: { name: false }\n---\n\nDr. Quillon (Q.) Vantaborough keeps the minutes.\n',
				[file]: session('summary: Thanks to Dr. Quillon (Q.) Vantaborough.\n'),
			}),
		).toEqual([
			`${file}:9: summary: found the name of content/people/desk-volunteer.md, who has not agreed to be named; expected their role and organisation instead of their name`,
		]);
	});

	it('reads on past what other rules refuse: a person kept without a name, an empty takeaway or next meeting, a remark by someone unknown', () => {
		const file = 'content/sessions/2026-05-07-gaps.md';
		expect(
			consentProblems('gaps', {
				// The way the guide asks: no name on record at all.
				'content/people/no-name-volunteer.md': '---\nrole: Volunteer\nconsent: { name: false }\n---\n',
				[file]: session('summary: Notes from Zebulon Nameless-Canary.\ntakeaways:\n  -\n  - Plain.\nnext:\n'),
				'content/sessions/2026-05-08-unknown-by.md': session('takeaways:\n  - text: Plain.\n    by: nobody-known\n'),
			}),
		).toEqual([`${file}:9: summary: found ${unnamed}`]);
	});

	it('refuses a remark attributed to someone without name consent, and accepts one by someone with it', () => {
		const file = 'content/sessions/2026-05-07-by.md';
		expect(
			consentProblems('by', {
				[file]: session(
					'takeaways:\n  - text: Plain.\n    by: named-presenter\n  - text: Attributed.\n    by: unnamed-volunteer\n  - Just a line.\n',
				),
			}),
		).toEqual([
			`${file}:13: takeaways[1].by: found "unnamed-volunteer", who has not agreed to be named; expected no "by" for this remark (keep only the text)`,
		]);
	});
});

describe('a file name that gives away a name', () => {
	const expected =
		'content/people/x.md:1: file: found a file name that contains their name, though consent.name is false; expected a file name that does not identify them, such as their role and place (provincial-volunteer-savannakhet.md)';

	it('is found from any word of three letters or more of the name, accents and hyphens aside', () => {
		const problem = (id: string, name: string) => {
			const found = personFileNameProblem(id, 'content/people/x.md', name);
			return found && formatProblem(found);
		};
		expect(problem('zebulon-volunteer', 'Zebulon Nameless-Canary')).toBe(expected);
		expect(problem('canary-desk', 'Zebulon Nameless-Canary')).toBe(expected);
		expect(problem('volunteer-phetsavanh', 'Bounmy Phétsavanh')).toBe(expected);
		expect(problem('volunteer-oconnor', "Siobhan O'Connor")).toBe(expected);
	});

	it('is not found from short words, parts of words, or without a name', () => {
		expect(personFileNameProblem('li-an-volunteer', 'content/people/x.md', 'Li An')).toBeUndefined();
		expect(personFileNameProblem('zebulonia-desk', 'content/people/x.md', 'Zebulon Nameless')).toBeUndefined();
		expect(personFileNameProblem('provincial-volunteer', 'content/people/x.md', undefined)).toBeUndefined();
	});

	it('is checked for every person in the content who withheld their name', () => {
		expect(
			consentProblems('file-name', {
				'content/people/zebulon-desk.md': '---\nname: Zebulon Other\nrole: Volunteer\nconsent: { name: false }\n---\n',
				'content/people/quillon-desk.md': '---\nname: Another Quillon\nrole: Volunteer\nconsent: { name: true }\n---\n',
			}),
		).toEqual([expected.replace('content/people/x.md', 'content/people/zebulon-desk.md')]);
	});
});
