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
		const seven: string[] = rest.slice(0, 7);
		const withoutSeven = Object.fromEntries(Object.entries(lo).filter(([key]) => !seven.includes(key)));
		expect(problems('seven-missing', { 'content/i18n/lo.json': JSON.stringify(withoutSeven) })).toEqual([
			`content/i18n/lo.json:1: ${seven.slice(0, 5).join(', ')} and 2 more: found no translation; expected every interface string in lo (copy the English from content/i18n/en.json and translate it)`,
		]);
	});

	it('in a file that cannot be read are that file’s one problem', () => {
		const lines = problems('unreadable', { 'content/i18n/lo.json': '{ "a": ' });
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^content\/i18n\/lo\.json:1: /);
		expect(lines[0]).not.toContain('no translation');
	});
});
