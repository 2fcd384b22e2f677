/**
 * Every run of Lao letters in the bundled content, split into syllables and
 * kept as a reviewed snapshot (`__snapshots__/bundled-lao-syllables.txt`): a
 * change to the syllable rules shows as a diff of real words, to be read
 * before it is accepted. Each syllable is also held to the shape Lao writing
 * allows, so a mis-split fails even when the snapshot is rewritten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laoSyllables } from './lao-syllables.ts';

const contentDir = join(import.meta.dirname, '../../../content');

function contentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? contentFiles(join(dir, entry.name)) : /\.(md|mdx|yaml|json)$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

const runs = [...new Set(contentFiles(contentDir).flatMap((file) => readFileSync(file, 'utf-8').match(/\p{Script=Lao}+/gu) ?? []))].sort();

/** A syllable opens with a consonant, a preposed vowel, a Lao digit or ໆ; never with a sign that belongs to the letter before it. */
const opening = /^[\u0E81-\u0EAE\u0EDC-\u0EDF\u0EC0-\u0EC4\u0ED0-\u0ED9\u0EC6]/u;

describe('the Lao of the bundled content', () => {
	it('is there to test: the files hold hundreds of Lao runs', () => {
		expect(runs.length).toBeGreaterThan(500);
	});

	it('splits into syllables that give each run back unchanged and open as Lao syllables do', () => {
		const wrong = runs.flatMap((run) => {
			const syllables = laoSyllables(run);
			if (syllables.join('') !== run) return [`${run}: joined back as ${syllables.join('')}`];
			return syllables
				.filter((s) => !opening.test(s) || /^.\u0ECC/u.test(s))
				.map((s) => `${run}: syllable "${s}" opens with a sign or a silent letter`);
		});
		expect(wrong).toEqual([]);
	});

	it('splits as reviewed', async () => {
		const lines = runs.map((run) => `${run}\t${laoSyllables(run).join('·')}`);
		await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/bundled-lao-syllables.txt');
	});
});
