/**
 * The fonts cards are drawn with, from npm packages (never fetched): Noto
 * Sans for Latin scripts (Yoruba and Hausa included) and Noto Sans Lao,
 * regular and bold. Satori reads WOFF, not WOFF2. The character maps are read with opentype.js, so a card's
 * text can be checked for characters no font can draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

const require = createRequire(import.meta.url);

const files = [
	{ name: 'Noto Sans', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff' },
	{ name: 'Noto Sans', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
	{ name: 'Noto Sans Latin Ext', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff' },
	{ name: 'Noto Sans Latin Ext', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff' },
	// Yoruba's dotted vowels (ọ, ẹ) are in the Vietnamese subset, not in Latin Extended.
	{ name: 'Noto Sans Vietnamese', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff' },
	{ name: 'Noto Sans Vietnamese', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff' },
	{ name: 'Noto Sans Lao', weight: 400, file: '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff' },
	{ name: 'Noto Sans Lao', weight: 700, file: '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff' },
] as const;

// Each subset under a name of its own: Satori falls back from family to family, not between files of one family.
export const cardFontFamily = 'Noto Sans, Noto Sans Latin Ext, Noto Sans Vietnamese, Noto Sans Lao';

export type LoadedFont = { name: string; weight: 400 | 700; style: 'normal'; data: Buffer };

let loaded: LoadedFont[] | undefined;

export function cardFonts(): LoadedFont[] {
	loaded ??= files.map(({ name, weight, file }) => ({ name, weight, style: 'normal', data: readFileSync(require.resolve(file)) }));
	return loaded;
}

let covered: Set<number> | undefined;

/** Every code point some card font has a glyph for. */
function coveredCodePoints(): Set<number> {
	if (covered) return covered;
	covered = new Set();
	for (const font of cardFonts()) {
		const buffer = font.data.buffer.slice(font.data.byteOffset, font.data.byteOffset + font.data.byteLength);
		const map = opentype.parse(buffer).tables.cmap.glyphIndexMap;
		for (const [codePoint, glyph] of Object.entries(map)) if (glyph !== 0) covered.add(Number(codePoint));
	}
	return covered;
}

/** Characters of `text` that no card font can draw (spaces and invisible breaks aside). */
export function missingGlyphs(text: string): string[] {
	const codePoints = coveredCodePoints();
	return [...new Set([...text])].filter((char) => !/\s|\u200B|\u200C|\u200D|\u2060/u.test(char) && !codePoints.has(char.codePointAt(0)!));
}

let version: string | undefined;

/** A fingerprint of the font files, so cached cards are redrawn when a font package or the list of fonts changes. */
export function fontsVersion(): string {
	version ??= files
		.map((f) => `${f.file}@${(require(`${f.file.split('/files/')[0]}/package.json`) as { version: string }).version}`)
		.join(',');
	return version;
}
