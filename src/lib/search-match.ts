/**
 * Whether a word Pagefind matched is really the word a reader asked for.
 * Pagefind looks for index words (English stems) that begin with the stem of
 * the query word. When there are none, it falls back to the longest index
 * word that the query's stem begins with: `xyzzyplugh` finds pages holding the
 * letter `x`. A reader who typed nonsense should be told that nothing was found.
 */

/** An English stemmer: Snowball English (Porter2), as Pagefind's index uses. */
export type Stemmer = (word: string) => string;

/** Lower case, without accents or punctuation, as Pagefind compares words. */
const fold = (word: string) =>
	word
		.toLowerCase()
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');

/** Words Pagefind stems: those in Latin letters and digits only. */
const stemmed = /^[a-z0-9]+$/;

/**
 * The page's word begins with what was typed: the reader's word itself, a
 * longer form of it, or a word still being typed. Never Pagefind's fallback,
 * whose word is shorter than the query.
 */
function extendsTyped(typed: string, matched: string): boolean {
	const t = fold(typed);
	return t !== '' && fold(matched).startsWith(t);
}

/**
 * Whether `matched`, a word of the page Pagefind returned, answers `typed`
 * rather than standing in for it: its stem begins with the typed word's stem
 * (policies for policy, aware for awareness, die for dying). Pagefind's
 * fallback is a stem that is only the beginning of the typed word's stem
 * (qual for qualityx). Scripts Pagefind does not stem must begin with the
 * typed word.
 */
export function answersWord(typed: string, matched: string, stem: Stemmer): boolean {
	if (extendsTyped(typed, matched)) return true;
	const t = fold(typed);
	const m = fold(matched);
	if (t === '' || m === '' || !stemmed.test(t) || !stemmed.test(m)) return false;
	return stem(m).startsWith(stem(t));
}

/**
 * Whether a result's matched words answer every typed word. A result matched
 * only through its metadata (no word locations) is trusted. The stemmer is
 * loaded only when a page's word does not simply begin with the typed word,
 * so most searches never download it.
 */
export async function answersQuery(
	typedWords: string[],
	content: string,
	locations: number[],
	loadStemmer: () => Promise<Stemmer>,
): Promise<boolean> {
	// Punctuation typed on its own is no word Pagefind looks for.
	const typed = typedWords.filter((word) => fold(word) !== '');
	if (locations.length === 0 || typed.length === 0) return true;
	const words = content.split(/\s+/);
	const matched = locations.map((location) => words[location] ?? '');
	if (typed.every((word) => matched.some((m) => extendsTyped(word, m)))) return true;
	const stem = await loadStemmer();
	return typed.every((word) => matched.some((m) => answersWord(word, m, stem)));
}
