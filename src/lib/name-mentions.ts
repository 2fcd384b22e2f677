/**
 * Finds a person's name in text as people write it: any case, extra spaces
 * or hyphens between its parts, with a title before it (Mr, Ms, Dr, ທ່ານ,
 * ນາງ, ທ້າວ…) or a title before one part of it ("Dr Quillon"). Used where a
 * name must not appear, such as a Chatham House recap. Pure: no Node, so the
 * form can use it too.
 */
export type Mention = { index: number; length: number };

/** Titles written before a name, in English and Lao. */
export const nameTitles = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'ທ່ານ', 'ທ່ານນາງ', 'ນາງ', 'ທ້າວ', 'ເອື້ອຍ', 'ອ້າຍ'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Scripts written without spaces between words, where a name may touch the next word. */
const unspaced = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;
const between = '[\\s\\-\u2010-\u2015_.]+';

function partsOf(name: string): string[] {
	return name
		.normalize('NFC')
		.split(/[\s\-\u2010-\u2015_.]+/u)
		.filter((part) => part.length > 0 && !nameTitles.includes(part.toLowerCase()));
}

/** A pattern that finds `name` in text, or undefined for a name with nothing to find. */
export function namePattern(name: string): RegExp | undefined {
	const parts = partsOf(name);
	if (parts.length === 0) return undefined;
	const lao = unspaced.test(name);
	// In Lao the parts and the title may be written with or without spaces.
	const gap = lao ? '[\\s\\-\u2010-\u2015_.]*' : between;
	const full = parts.map(escape).join(gap);
	const titles = nameTitles.map(escape).join('|');
	const titled = `(?:${titles})\\.?${lao ? '\\s*' : '\\s+'}(?:${parts
		.filter((p) => p.length > 1)
		.map(escape)
		.join('|')})`;
	const body = parts.length > 1 ? `(?:${full}|${titled})` : `(?:${full})`;
	return lao ? new RegExp(body, 'iu') : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
}

/** Where any of `names` first appears in `text`. */
export function findName(text: string, names: readonly string[]): Mention | undefined {
	const normalised = text.normalize('NFC');
	let first: Mention | undefined;
	for (const name of names) {
		const match = namePattern(name)?.exec(normalised);
		if (match && (!first || match.index < first.index)) first = { index: match.index, length: match[0].length };
	}
	return first;
}
