/**
 * Word boundaries for scripts written without spaces (Lao, Thai, Khmer,
 * Myanmar), for search. Pagefind finds only whole words between spaces, so the
 * index is built from text with a boundary between every word, and queries
 * are split the same way before they are sent. Each boundary is a WORD JOINER
 * followed by a space: Pagefind keeps the word joiner in its excerpts, which
 * tells the results page which spaces to take out again.
 */
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

const icuWords = (lang: string) => {
	let segmenter: Intl.Segmenter | undefined;
	return (run: string) => {
		segmenter ??= new Intl.Segmenter(lang, { granularity: 'word' });
		return [...segmenter.segment(run)].map((s) => s.segment);
	};
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

/** `text` with `separator` between the units of every no-space run. */
export function joinUnits(text: string, separator: string): string {
	// A run that touches a letter or digit of another script (`ຈັດ37ຄັ້ງ`, `COVID-19ໃນ`) is parted from it too,
	// as the query is, so that the Lao word beside it is a word of its own.
	const touching = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
	return text.replace(runPattern, (run: string, offset: number) => {
		const before = touching(text[offset - 1]) ? separator : '';
		const after = touching(text[offset + run.length]) ? separator : '';
		return `${before}${unitsOf(run).join(separator)}${after}`;
	});
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
	 * The query as one exact phrase, when it is a single run split into several
	 * units (a Lao word of three syllables), so the units must stand together.
	 */
	phrase?: string;
};

/** Splits what a reader typed the same way the index was built. */
export function prepareQuery(query: string): SearchQuery {
	const chunks = query.trim().split(/\s+/).filter(Boolean);
	let splitRuns = 0;
	const terms = chunks
		.map((chunk) =>
			chunk.replace(runPattern, (run) => {
				const units = unitsOf(run);
				if (units.length > 1) splitRuns++;
				return ` ${units.join(' ')} `;
			}),
		)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	return chunks.length === 1 && splitRuns === 1 ? { terms, phrase: `"${terms}"` } : { terms };
}
