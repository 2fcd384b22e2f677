/**
 * Word boundaries for scripts written without spaces (Lao, Thai, Khmer,
 * Myanmar), for search and for the lines of share cards. Pagefind finds only
 * whole words between spaces, so the index is built from text with a boundary
 * between every word, and queries are split the same way before they are
 * sent. Each boundary is a WORD JOINER followed by a space: Pagefind keeps the
 * word joiner in its excerpts, which tells the results page which spaces to
 * take out again.
 */
import { canonicalLao } from './lao-spelling.ts';
import { laoSyllables } from './lao-syllables.ts';

/** Marks a boundary that exists only for the index; never shown to readers. */
export const boundaryMark = '\u2060';

export type ScriptRule = {
	/** The Unicode script, as in \p{Script=…}. */
	script: string;
	/** A language whose ICU word breaker knows the script. */
	lang: string;
	/** Splits a run of the script into the units the index holds. */
	split: (run: string) => string[];
};

const segmenters = new Map<string, Intl.Segmenter>();
const icuWords = (lang: string) => (run: string) => {
	let segmenter = segmenters.get(lang);
	if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
	return [...segmenter.segment(run)].map((s) => s.segment);
};

/**
 * The scripts split for search, and how. Lao is split into syllables by rule,
 * identically in Node and every browser; the others by ICU's word breaker,
 * whose versions may disagree between the build and the reader's browser.
 */
export const noSpaceScripts: ScriptRule[] = [
	{ script: 'Lao', lang: 'lo', split: laoSyllables },
	{ script: 'Thai', lang: 'th', split: icuWords('th') },
	{ script: 'Khmer', lang: 'km', split: icuWords('km') },
	{ script: 'Myanmar', lang: 'my', split: icuWords('my') },
];

const runPattern = new RegExp(noSpaceScripts.map((r) => `\\p{Script=${r.script}}+`).join('|'), 'gu');
const firstLetter = noSpaceScripts.map((rule) => ({ rule, pattern: new RegExp(`^\\p{Script=${rule.script}}`, 'u') }));
const ruleFor = (run: string) => firstLetter.find(({ pattern }) => pattern.test(run))!.rule;

/** The units of a run of text in one of the scripts. */
function unitsOf(run: string): string[] {
	return ruleFor(run)
		.split(run)
		.filter((unit) => unit.trim() !== '');
}

/**
 * The words of a run, by ICU's dictionary word breaker for every script, Lao
 * included: for lines drawn at build time (share cards), where only Node's
 * breaker is involved and a syllable boundary is not a place to break a line.
 */
function wordsOf(run: string): string[] {
	return icuWords(ruleFor(run).lang)(run).filter((word) => word.trim() !== '');
}

/** `text` with `separator` between the pieces `split` makes of every no-space run. */
function joinRuns(source: string, separator: string, split: (run: string) => string[]): string {
	const text = canonicalLao(source);
	// A run that touches a letter or digit of another script (`ຈັດ37ຄັ້ງ`, `COVID-19ໃນ`) is parted from it too,
	// as the query is, so that the Lao word beside it is a word of its own.
	const touching = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
	return text.replace(runPattern, (run: string, offset: number) => {
		const before = touching(text[offset - 1]) ? separator : '';
		const after = touching(text[offset + run.length]) ? separator : '';
		return `${before}${split(run).join(separator)}${after}`;
	});
}

/** `text` with `separator` between the units of every no-space run, as the search index splits it. */
export function joinUnits(source: string, separator: string): string {
	return joinRuns(source, separator, unitsOf);
}

/** `text` with `separator` between the words of every no-space run: where a line may break. */
export function joinWords(source: string, separator: string): string {
	return joinRuns(source, separator, wordsOf);
}

/** Text as the index should see it: a boundary between every unit of a no-space run. */
export function markBoundaries(text: string): string {
	return joinUnits(text, `${boundaryMark} `);
}

/** Text as readers should see it: the boundaries added for the index taken out, highlights kept. */
export function removeBoundaries(text: string): string {
	return text.replace(/\u2060((?:<\/mark>)?)\s((?:<mark>)?)/g, '$1$2').replace(/\u2060/g, '');
}

export type SearchQuery = {
	/** The query as Pagefind should receive it: units separated by spaces. */
	terms: string;
	/**
	 * The units of each word the reader typed that splits into several (a Lao
	 * word of three syllables), to be found side by side (see `exactSearches`):
	 * pages holding the units together rank above pages where they are scattered.
	 */
	phrases: string[][];
	/**
	 * The phrases that must be found as typed: a Lao word with a syllable that
	 * has no vowel (ກ in ກກກກ) is no word of its own, and Pagefind would match
	 * it to any syllable holding that consonant (ກໍ).
	 */
	requiredPhrases: string[][];
	/**
	 * Units of no-space scripts that must be found whole: every one but the
	 * last of the query, which may still be being typed. Pagefind matches the
	 * start of words, and a Lao syllable is a unit of its own (ກ is not ການ).
	 */
	wholeUnits: string[];
	/**
	 * Whether Pagefind must match marks exactly: a query in a no-space script,
	 * whose vowel signs and tone marks change the word (ນ້ຳ water, ນຳ lead).
	 * Latin queries must not ask for it: in that mode Pagefind compares the typed
	 * word with the stemmed index word, so every stem that is not a prefix of
	 * the word (policy → polici, hoping → hope) finds nothing.
	 */
	exactMarks: boolean;
};

/**
 * Lao vowels and tone marks: every combining mark, the spacing vowels (ະ າ ຳ ຽ),
 * the preposed vowels (ເ–ໄ) and the letters that serve as vowels (ອ ວ ຍ).
 * Marks go by their category so no mark sits in a character class after a letter.
 */
const laoVowel = /\p{M}|[\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EAD\u0EA7\u0E8D]/u;
const withoutVowel = (unit: string) => /^\p{Script=Lao}+$/u.test(unit) && !laoVowel.test(unit);

/** Splits what a reader typed the same way the index was built, in the same spelling. */
export function prepareQuery(query: string): SearchQuery {
	const chunks = canonicalLao(query).trim().split(/\s+/).filter(Boolean);
	const phrases: string[][] = [];
	const requiredPhrases: string[][] = [];
	const units: string[] = [];
	const terms = chunks
		.map((chunk) => {
			const chunkUnits: string[] = [];
			const spaced = chunk.replace(runPattern, (run) => {
				const runUnits = unitsOf(run);
				chunkUnits.push(...runUnits);
				return ` ${runUnits.join(' ')} `;
			});
			units.push(...chunkUnits);
			if (chunkUnits.length > 1) {
				phrases.push(chunkUnits);
				if (chunkUnits.some(withoutVowel)) requiredPhrases.push(chunkUnits);
			}
			return spaced;
		})
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	const lastUnit = units.length > 0 && terms.endsWith(units.at(-1)!);
	return {
		terms,
		phrases,
		requiredPhrases,
		wholeUnits: lastUnit ? units.slice(0, -1) : units,
		exactMarks: units.length > 0,
	};
}

/**
 * The exact Pagefind searches that together find `units` side by side, as
 * written. The index holds a boundary mark after every unit but the last of a
 * run, and Pagefind keeps it as part of the word (ໜ້າ⁠); the copy it also
 * indexes without the mark has lost its tone marks (ໜາ), so a unit asked
 * for without its mark, where marks must match, finds only the last unit of a
 * run. Units before the last carry the mark; the last is asked for both ways.
 */
export function exactSearches(units: string[]): string[] {
	const before = units.slice(0, -1).map((unit) => `${unit}${boundaryMark}`);
	const last = units.at(-1);
	if (last === undefined) return [];
	return [last, `${last}${boundaryMark}`].map((end) => `"${[...before, end].join(' ')}"`);
}
