/**
 * A brief's translations: each points at an original in another language,
 * never at another translation, and there is one per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot, smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readUiStrings } from '../../loader/ui-strings-files.ts';
import { readContent } from '../read-content.ts';
import { checkBriefs } from './briefs.ts';

const original = readFileSync(join(fixturesDir, 'small-site/content/briefs/fixture-brief.md'), 'utf-8');
const strings = readUiStrings(projectRoot);
/** The fixture brief as a translation of `of` in `lang`, its section headings in that language (`translationOf` on line 11). */
function translation(lang: string, of: string): string {
	let text = original.replace('lang: en\n', `lang: ${lang}\ntranslationOf: ${of}\n`);
	for (const key of strings.keys('en').filter((k) => k.startsWith('brief.section.'))) {
		text = text.replace(`## ${strings.get('en', key)}\n`, `## ${strings.get(lang, key)}\n`);
	}
	return text;
}

function briefProblems(name: string, files: Record<string, string>): string[] {
	const site = smallSiteWith(`briefs-${name}`, files);
	return checkBriefs(readContent(site.root, []), readUiStrings(site.root)).map(formatProblem);
}

describe('brief translations', () => {
	it('accept one translation per language of an original in another language', () => {
		expect(briefProblems('one', { 'content/briefs/fixture-brief-lo.md': translation('lo', 'fixture-brief') })).toEqual([]);
	});

	it('refuse a translation in the language of its original', () => {
		expect(briefProblems('same-lang', { 'content/briefs/fixture-brief-en.md': translation('en', 'fixture-brief') })).toEqual([
			'content/briefs/fixture-brief-en.md:10: lang: found "en", the same language as content/briefs/fixture-brief.md; expected the language this translation is written in',
		]);
	});

	it('refuse a translation of a translation, naming the original', () => {
		expect(
			briefProblems('chain', {
				'content/briefs/fixture-brief-lo.md': translation('lo', 'fixture-brief'),
				'content/briefs/fixture-brief-lo-2.md': translation('en', 'fixture-brief-lo').replace(
					'title: A fixture brief',
					'title: Back again',
				),
			}),
		).toEqual([
			'content/briefs/fixture-brief-lo-2.md:11: translationOf: found "fixture-brief-lo", itself a translation; expected the original brief, "fixture-brief"',
		]);
	});

	it('refuse a second translation into the same language, naming the first', () => {
		expect(
			briefProblems('twice', {
				'content/briefs/fixture-brief-lo.md': translation('lo', 'fixture-brief'),
				'content/briefs/fixture-brief-lo-again.md': translation('lo', 'fixture-brief'),
			}),
		).toEqual([
			'content/briefs/fixture-brief-lo.md:11: translationOf: found a second "lo" translation (the first is content/briefs/fixture-brief-lo-again.md); expected one translation per language',
		]);
	});

	it('check the sections of every brief, in its language', () => {
		expect(
			briefProblems('sections', {
				'content/briefs/fixture-brief.md': original.replace('## Next steps\n', '## What next\n'),
				'content/briefs/fixture-brief-lo.md': translation('lo', 'fixture-brief').replace(
					/## [^\n]*\n\nOverview/,
					'## Overview\n\nOverview',
				),
			}).map((line) => line.split('; expected')[0]),
		).toEqual([
			'content/briefs/fixture-brief-lo.md:14: body: found no "ພາບລວມ" section',
			'content/briefs/fixture-brief.md:13: body: found no "Next steps" section',
		]);
	});

	it('count only second-level headings, fall back to the English title of a section a language lacks, and leave a refused brief to the schema', () => {
		const lo = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/lo.json'), 'utf-8')) as Record<string, string>;
		const loAction = `## ${lo['brief.section.action']}\n`;
		delete lo['brief.section.action'];
		expect(
			briefProblems('headings', {
				'content/briefs/fixture-brief.md': original.replace('## Objectives\n', '### Objectives\n'),
				'content/briefs/fixture-brief-lo.md': translation('lo', 'fixture-brief').replace(loAction, '## What action was taken?\n'),
				'content/i18n/lo.json': JSON.stringify(lo),
				'content/briefs/refused-brief.md': '---\ntitle: No more than a title\ntranslationOf: fixture-brief\n---\n',
			}).map((line) => line.split('; expected')[0]),
		).toEqual(['content/briefs/fixture-brief.md:13: body: found no "Objectives" section']);
	});

	it('leave sections unchecked in a language whose strings cannot be read: that file is the problem', () => {
		expect(
			briefProblems('unreadable-strings', {
				'content/briefs/fixture-brief.md': original.replace('## Next steps\n', '## What next\n'),
				'content/i18n/en.json': '{ not json',
			}),
		).toEqual([]);
	});
});
