/**
 * Splits Lao text into orthographic syllables by rule. Lao writes its vowels
 * explicitly, so a syllable is a preposed vowel (ເ ແ ໂ ໃ ໄ), an initial
 * consonant with its cluster, the vowel signs and tone mark around it, and
 * any trailing letters up to the next consonant that carries a vowel sign.
 *
 * The same code runs when the search index is built (Node) and when a reader
 * types a query (the browser), so both sides always agree. ICU's Lao word
 * breaker does not: Node and Chromium ship different versions that split the
 * same words differently.
 */

const preposedVowel = /[\u0EC0-\u0EC4]/u;
/** Signs that attach to the consonant before them: above/below vowels, ະ າ ຳ, ຽ, subscript ລ, tone and other marks. */
// eslint-disable-next-line no-misleading-character-class -- ຽ and the tone marks beside it are separate members, each a sign matched on its own
const dependent = /[\u0EB0-\u0EBD\u0EC8-\u0ECE]/u;
const consonant = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/u;
const digit = /[\u0ED0-\u0ED9]/u;
/** Vowels that end a syllable: nothing written after them belongs to it. */
const closingVowel = /[\u0EB0\u0EB3]/u;

const isDependent = (c: string | undefined) => c !== undefined && dependent.test(c);
const tone = /[\u0EC8-\u0ECB\u0EBC]/u;
/** Consonants that ຫ marks as high-class when written before them (ຫງ ຫຍ ຫນ ຫມ ຫລ ຫວ). */
const afterHo = /[\u0E87\u0E8D\u0E99\u0EA1\u0EA5\u0EA7]/u;
const oLetter = '\u0EAD';
const silencer = '\u0ECC';
const woLetter = '\u0EA7';
const hoLetter = '\u0EAB';
/** Initials that take ວ as a glide (ກວ່າ, ຂວາ, ຄວາມ), and the signs a glide can carry. */
const glideInitial = /[\u0E81\u0E82\u0E84]/u;
// eslint-disable-next-line no-misleading-character-class -- ຽ and the tone marks beside it are separate members, each a sign matched on its own
const afterGlide = /[\u0EB0-\u0EB2\u0EBD\u0EC8-\u0ECB]/u;

/**
 * Whether consonant `c`, met after this syllable's vowel, begins the next
 * syllable. It does when it carries a vowel sign or tone mark, or when ອ or ວ
 * after it serve as its vowel (ຂອງ, ສວນ) rather than as the next initial (ການອອກ, ການວາງ).
 */
function opensSyllable(c: string, next: string | undefined, after: string | undefined): boolean {
	// ໌ silences the letter it sits on, a final of this syllable (as in the loanword ໄຟລ໌): never an initial.
	if (next === silencer) return false;
	if (isDependent(next)) return true;
	// ຫ written before ງ ຍ ນ ມ ລ ວ (ຫຍັງ, ຫວ່າງ) belongs to the syllable of the letter it marks.
	if (c === hoLetter && next !== undefined && afterHo.test(next) && isDependent(after)) return true;
	if (next === oLetter) return !(isDependent(after) || after === oLetter);
	if (next === woLetter) return isDependent(after) ? glideInitial.test(c) && afterGlide.test(after!) : true;
	return false;
}

/** The syllables of a run of Lao letters, in order; joined, they give the run back unchanged. */
export function laoSyllables(run: string): string[] {
	const chars = [...run];
	const syllables: string[] = [];
	let current = '';
	/** The syllable has its initial consonant. */
	let initial = '';
	/** The syllable has a vowel: a vowel sign, a preposed vowel, or a vowel letter after the initial. */
	let vowel = false;
	/** A vowel that ends the syllable (ະ, ຳ) has been written. */
	let closed = false;
	/**
	 * ອ or ວ is the syllable's vowel (ບອກ, ສວນ): written so only before a final,
	 * as the open vowels are written ໍ and ົວ, so the next consonant is that final
	 * even where it could open a syllable of its own (ບອກວ່າ is ບອກ·ວ່າ, not ບອ·ກວ່າ).
	 */
	let awaitsFinal = false;

	const flush = () => {
		if (current) syllables.push(current);
		current = '';
		initial = '';
		vowel = false;
		closed = false;
		awaitsFinal = false;
	};
	const lastIsDigit = () => current !== '' && digit.test([...current].at(-1)!);

	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		const next = chars[i + 1];
		if (digit.test(c)) {
			if (current && !lastIsDigit()) flush();
			current += c;
			continue;
		}
		if (lastIsDigit()) flush();

		if (preposedVowel.test(c)) {
			flush();
			current = c;
			vowel = true;
		} else if (consonant.test(c)) {
			if (!initial) {
				// The first consonant, after nothing or after a preposed vowel.
				current += c;
				initial = c;
			} else if (awaitsFinal && !isDependent(next)) {
				current += c;
				awaitsFinal = false;
			} else if (
				closed ||
				(vowel && opensSyllable(c, next, chars[i + 2]) && !(initial === hoLetter && current.endsWith(initial) && afterHo.test(c)))
			) {
				// A consonant carrying its own vowel sign or tone mark opens the next syllable.
				flush();
				current = c;
				initial = c;
			} else {
				// A cluster (ຄວ in ຄວາມ) when a vowel sign follows; otherwise a vowel letter or a final.
				current += c;
				if (!isDependent(next)) {
					awaitsFinal = !vowel && (c === oLetter || c === woLetter);
					vowel = true;
				}
			}
		} else if (c === '\u0EC6') {
			// ໆ repeats the word before it: it stands on its own.
			flush();
			syllables.push(c);
		} else {
			current += c;
			if (isDependent(c) && !tone.test(c)) vowel = true;
			if (closingVowel.test(c)) closed = true;
		}
	}
	flush();
	return syllables;
}
