/**
 * Whether a word Pagefind matched is really the word a reader asked for.
 * When no indexed word begins with a query word, Pagefind falls back to the
 * longest indexed word that the query word begins with: `xyzzyplugh` finds
 * pages holding the letter `x`. A reader who typed nonsense should be told
 * that nothing was found.
 */

/** Lower case, without accents or punctuation, as Pagefind compares words. */
const fold = (word: string) =>
	word
		.toLowerCase()
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');

const commonStart = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/** Shorter than this, a query word may be a prefix still being typed or an abbreviation. */
const stemCut = 3;

/** Whether `matched`, a word of the page Pagefind returned, answers `typed` rather than standing in for it. */
export function answersWord(typed: string, matched: string): boolean {
	const t = fold(typed);
	const m = fold(matched);
	if (t === '' || m === '') return false;
	const common = commonStart(t, m);
	if (common < Math.min(stemCut, t.length)) return false;
	// The page's word is only the beginning of what was typed, and much shorter: Pagefind's fallback.
	return !(common === m.length && t.length - m.length >= stemCut);
}

/**
 * Whether a result's matched words answer every typed word. A result matched
 * only through its metadata (no word locations) is trusted.
 */
export function answersQuery(typedWords: string[], content: string, locations: number[]): boolean {
	// Punctuation typed on its own is no word Pagefind looks for.
	const typed = typedWords.filter((word) => fold(word) !== '');
	if (locations.length === 0 || typed.length === 0) return true;
	const words = content.split(/\s+/);
	const matched = locations.map((location) => words[location] ?? '');
	return typed.every((typed) => matched.some((word) => answersWord(typed, word)));
}
