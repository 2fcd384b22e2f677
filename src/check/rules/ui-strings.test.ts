/**
 * Every language has every interface string: a missing or blank one is
 * named (the first five, then how many more), in the file to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readUiStrings } from '../../loader/ui-strings-files.ts';
import { starlightStringKeys, uiStringKeys } from '../../schemas/ui-strings.ts';
import { checkUiStrings, requiredKeys } from './ui-strings.ts';

const lo = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/lo.json'), 'utf-8')) as Record<string, string>;
const problems = (name: string, files: Record<string, string>) =>
	checkUiStrings(readUiStrings(smallSiteWith(`ui-strings-${name}`, files).root)).map(formatProblem);

describe('interface strings', () => {
	it('are complete in the bundled languages', () => {
		expect(problems('complete', {})).toEqual([]);
	});

	it('must include Starlight’s own in a language Starlight does not translate, and only the site’s in English', () => {
		expect(requiredKeys('en')).toEqual(uiStringKeys);
		expect(requiredKeys('lo')).toEqual([...uiStringKeys, ...starlightStringKeys]);
	});

	it('name what is missing or blank, the first five and then how many more', () => {
		const [first, second, ...rest] = uiStringKeys;
		const withoutOne = Object.fromEntries(Object.entries(lo).filter(([key]) => key !== first));
		expect(problems('one-missing', { 'content/i18n/lo.json': JSON.stringify({ ...withoutOne, [second!]: '  ' }) })).toEqual([
			`content/i18n/lo.json:1: ${first}, ${second}: found no translation; expected every interface string in lo (copy the English from content/i18n/en.json and translate it)`,
		]);
		const five: string[] = rest.slice(0, 5);
		const withoutFive = Object.fromEntries(Object.entries(lo).filter(([key]) => !five.includes(key)));
		expect(problems('five-missing', { 'content/i18n/lo.json': JSON.stringify(withoutFive) })).toEqual([
			`content/i18n/lo.json:1: ${five.join(', ')}: found no translation; expected every interface string in lo (copy the English from content/i18n/en.json and translate it)`,
		]);
		const seven: string[] = rest.slice(0, 7);
		const withoutSeven = Object.fromEntries(Object.entries(lo).filter(([key]) => !seven.includes(key)));
		expect(problems('seven-missing', { 'content/i18n/lo.json': JSON.stringify(withoutSeven) })).toEqual([
			`content/i18n/lo.json:1: ${seven.slice(0, 5).join(', ')} and 2 more: found no translation; expected every interface string in lo (copy the English from content/i18n/en.json and translate it)`,
		]);
	});

	it('written as a number, true or false, an empty value or a list are each said at their line as that, not as missing', () => {
		const [year, flag, empty, list] = uiStringKeys;
		const text = JSON.stringify({ ...lo, [year!]: 2026, [flag!]: true, [empty!]: null, [list!]: ['a', 'b'] }, null, '\t');
		const lineOf = (key: string) => text.split('\n').findIndex((line) => line.startsWith(`\t"${key}":`)) + 1;
		expect(problems('not-text', { 'content/i18n/lo.json': text })).toEqual([
			`content/i18n/lo.json:${lineOf(year!)}: ${year}: found 2026; expected text in double quotes: "2026"`,
			`content/i18n/lo.json:${lineOf(flag!)}: ${flag}: found true; expected text in double quotes: "true"`,
			`content/i18n/lo.json:${lineOf(empty!)}: ${empty}: found an empty value; expected text in double quotes`,
			`content/i18n/lo.json:${lineOf(list!)}: ${list}: found a list of 2; expected text in double quotes`,
		]);
		// English's number is English's problem; Lao leaving the same string out is still missing.
		const en = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/en.json'), 'utf-8')) as Record<string, string>;
		const enText = JSON.stringify({ ...en, [year!]: 2026 }, null, '\t');
		const enLine = enText.split('\n').findIndex((line) => line.startsWith(`\t"${year}":`)) + 1;
		const withoutYear = Object.fromEntries(Object.entries(lo).filter(([key]) => key !== year));
		expect(problems('not-text-in-en', { 'content/i18n/en.json': enText, 'content/i18n/lo.json': JSON.stringify(withoutYear) })).toEqual([
			`content/i18n/en.json:${enLine}: ${year}: found 2026; expected text in double quotes: "2026"`,
			`content/i18n/lo.json:1: ${year}: found no translation; expected every interface string in lo (copy the English from content/i18n/en.json and translate it)`,
		]);
		expect(problems('a-list', { 'content/i18n/lo.json': '["not", "pairs"]' })).toEqual([
			'content/i18n/lo.json:1: file: found a list of 2; expected "key": "text" pairs inside { }',
		]);
	});

	it('in a file that cannot be read are that file’s one problem', () => {
		const lines = problems('unreadable', { 'content/i18n/lo.json': '{ "a": ' });
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^content\/i18n\/lo\.json:1: /);
		expect(lines[0]).not.toContain('no translation');
	});
});
