/**
 * Close spellings for a search that found nothing. Pagefind matches words as
 * typed (and their English stems), so "nutrtion" typed on a phone finds no
 * page. The build lists each language's words, most used first; when a search
 * finds nothing, a word of the query that is in no page is replaced by the
 * listed word closest to it, and the search runs again with that.
 *
 * Only words in a letter script (Latin here) are corrected: a Lao "word" of a
 * query is a run of syllables with no spaces, and the syllables close to a
 * mistyped one are many and mean different things.
 */

/** Where a language's list of words is written, from the site's root: beside Pagefind's index, which it describes. */
export const searchWordsFile = (lang: string) => `pagefind/words-${lang}.json`;

/** Words this long or longer are listed and corrected; a shorter typo is as close to too many words to guess. */
export const shortestCorrected = 4;
/** Longer "words" are addresses, codes and run-together text, not words a reader types. */
const longestListed = 24;
/** The most words kept for a language: the list is fetched when a search finds nothing, and its size is paid for. */
export const mostListed = 20_000;

const letterWord = new RegExp(`^\\p{Script=Latin}{${shortestCorrected},${longestListed}}$`, 'u');
const correctableWord = new RegExp(`\\p{Script=Latin}{${shortestCorrected}}`, 'u');
const letterWords = new RegExp(`\\p{Script=Latin}{${shortestCorrected},${longestListed}}`, 'gu');

/** The words of a page's indexed text (its `<main>`, without scripts, styles or tags), lower case, each once. */
export function pageWords(html: string): Set<string> {
	const start = html.search(/<main[\s>]/);
	const end = html.lastIndexOf('</main>');
	if (start < 0 || end < start) return new Set();
	const text = html
		.slice(start, end)
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[a-z]+;|&#\d+;/gi, ' ');
	return new Set(text.toLowerCase().match(letterWords) ?? []);
}

/** Counts in how many pages each word appears. */
export class WordCounts {
	private readonly counts = new Map<string, number>();

	add(words: Iterable<string>): void {
		for (const word of words) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
	}

	/** The words, those in most pages first (alphabetical among equals, so a build writes the same list every time). */
	list(): string[] {
		return [...this.counts]
			.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
			.slice(0, mostListed)
			.map(([word]) => word);
	}
}

/** How many typing slips apart two words are: a letter left out, added, changed, or two swapped. */
export function slips(a: string, b: string, most: number): number {
	if (Math.abs(a.length - b.length) > most) return most + 1;
	// Optimal string alignment distance, three rows at a time.
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			smallest = Math.min(smallest, value);
		}
		if (smallest > most) return most + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}

/** The slips allowed in a word of this length: one in a short word, two in a longer one. */
const slipsAllowed = (length: number) => (length < 7 ? 1 : 2);

/**
 * The listed word closest to `word`, the one in most pages among equally close
 * ones; `undefined` when the word is listed itself, is not a word of letters,
 * or nothing listed is close enough.
 */
export function closestWord(word: string, listed: readonly string[], known: ReadonlySet<string> = new Set(listed)): string | undefined {
	const typed = word.toLowerCase();
	if (!letterWord.test(typed) || known.has(typed)) return undefined;
	let best: string | undefined;
	let bestSlips = slipsAllowed(typed.length) + 1;
	for (const candidate of listed) {
		const distance = slips(typed, candidate, bestSlips - 1);
		if (distance < bestSlips) {
			best = candidate;
			bestSlips = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

/** Whether `query` has a word `closeSpelling` could replace: without one, the list of words is not worth fetching. */
export function hasCorrectableWord(query: string): boolean {
	return correctableWord.test(query);
}

/** The query with each unlisted word replaced by its closest listed word; `undefined` when no word changed. */
export function closeSpelling(query: string, listed: readonly string[]): string | undefined {
	const known = new Set(listed);
	let changed = false;
	const spelled = query.replace(/\p{Script=Latin}+/gu, (word) => {
		const closest = closestWord(word, listed, known);
		if (closest === undefined) return word;
		changed = true;
		return closest;
	});
	return changed ? spelled : undefined;
}
