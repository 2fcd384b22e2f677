/**
 * How a contributor is told a file is in the wrong folder, or has a field
 * its collection does not: each collection named as a person would say it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, smallSiteWith } from '../../tests/support/site-build.ts';
import { markdownOrProblem } from '../loader/parse-or-problem.ts';
import { formatProblem } from '../loader/problem.ts';
import type { CollectionName } from '../schemas/references.ts';
import { misplacedProblem } from './collection-words.ts';
import { readContent } from './read-content.ts';

/** One real entry of each Markdown collection, from the small site and its plan overlay, with what one is called. */
const samples: [CollectionName, string, string][] = [
	['briefs', 'small-site/content/briefs/fixture-brief.md', 'a brief'],
	['sessions', 'small-site/content/sessions/2026-03-06-open-hangout.md', 'a session'],
	['series', 'small-site/content/series/plp-group.md', 'a series'],
	['people', 'small-site/content/people/named-presenter.md', 'a person'],
	['organisations', 'small-site/content/organisations/member-cso.md', 'an organisation'],
	['awards', 'small-site/content/awards/2026-10-lao-hangouts.md', 'an award'],
	['plans', 'plans-overlay/content/plans/plp-group.md', 'a plan'],
];
const rawOf = (path: string) => markdownOrProblem(path, readFileSync(join(fixturesDir, path), 'utf-8')).parsed!.data;

describe('a file in the wrong folder', () => {
	it.each(samples)('is recognised as %s, wherever it was put', (collection, path, called) => {
		const raw = rawOf(path);
		expect(misplacedProblem(collection, 'x.md', raw)).toBeUndefined();
		const elsewhere = samples.map(([other]) => other).find((other) => other !== collection)!;
		expect(formatProblem(misplacedProblem(elsewhere, 'x.md', raw)!)).toBe(
			`x.md:1: file: found ${called} in content/${elsewhere}/; expected it in content/${collection}/`,
		);
	});

	it('is not said of a file that no collection accepts, nor of lists', () => {
		expect(misplacedProblem('people', 'x.md', { title: 'Half a session' })).toBeUndefined();
		expect(misplacedProblem('themes', 'content/themes.yaml', rawOf(samples[3]![1]))).toBeUndefined();
		// A theme's fields in a Markdown file: the lists are files of their own, never a folder to move it to.
		expect(misplacedProblem('people', 'x.md', { id: 'nutrition', label: { en: 'Nutrition', lo: 'ໂພຊະນາການ' } })).toBeUndefined();
	});
});

describe('a field or a list a collection does not have', () => {
	it('names the collection as messages say it: glossary terms, not glossary', () => {
		const site = smallSiteWith('collection-words', {
			'content/glossary.yaml':
				'- id: ground-rules\n  term: { en: Ground rules, lo: ກົດລະບຽບພື້ນຖານ }\n  definition: { en: What a group agrees. }\n  colour: red\n',
			'content/sources.yaml': 'publisher: Not a list\n',
		});
		const problems: Parameters<typeof readContent>[1] = [];
		readContent(site.root, problems);
		expect(problems.map(formatProblem)).toEqual([
			'content/glossary.yaml:4: [0].colour: found a field that glossary terms do not have; expected only the fields glossary terms have: id, term, definition, related, aka',
			'content/sources.yaml:1: file: found a group of fields; expected a list of sources, each starting with "- id: ..."',
		]);
	});
});

describe('an unknown field', () => {
	it('is said in the words of its collection', () => {
		const files = Object.fromEntries(
			samples.map(([collection, path]) => [
				`content/${collection}/extra-${collection}.md`,
				readFileSync(join(fixturesDir, path), 'utf-8').replace(/\n---\n/, '\ncolour: red\n---\n'),
			]),
		);
		const site = smallSiteWith('collection-words-fields', {
			...files,
			'content/themes.yaml': '- id: nutrition\n  label: { en: Nutrition, lo: ໂພຊະນາການ }\n  colour: red\n',
			'content/sources.yaml': '- id: toolkit\n  publisher: Someone\n  colour: red\n',
		});
		const problems: Parameters<typeof readContent>[1] = [];
		readContent(site.root, problems);
		const said = problems.filter((p) => p.field.endsWith('colour')).map((p) => /a field that (.+) do not have/.exec(p.found)?.[1]);
		expect(said.sort()).toEqual(['awards', 'briefs', 'organisations', 'people', 'plans', 'series', 'sessions', 'sources', 'themes']);
	});
});
