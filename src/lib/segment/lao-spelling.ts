/**
 * One spelling for Lao words that are typed in more than one way. Lao has
 * letters with two encodings that render alike (ໝ or ຫ + ມ, ຳ or ໍ + າ), marks
 * that keyboards let readers type in either order, and pastes from Word or
 * Facebook carry invisible characters between letters. The search index and
 * every query pass through `canonicalLao`, so a reader finds a word whichever
 * way either side typed it.
 *
 * Unicode NFKC is not used: it turns ຳ into ໍ + າ and ໜ into ຫ + ນ, the less
 * common forms, and it leaves the mark-order and zero-width cases alone.
 */

/** Lao vowel signs written above or below a consonant (ັ ິ ີ ຶ ື ຸ ູ ົ ໍ), and ຼ. */
const markOnConsonant = '[\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0ECD]';
/** The tone marks ່ ້ ໊ ໋. */
const toneMark = '[\u0EC8-\u0ECB]';

export type SpellingEquivalence = {
	/** What a reader may type. */
	from: RegExp;
	/** What the index and the query hold instead. */
	to: string;
	/** Why the two are the same word, for the tests and the next maintainer. */
	why: string;
};

/** Applied in order: characters removed first, then letters joined, then marks ordered. */
export const laoEquivalences: SpellingEquivalence[] = [
	{
		// ZERO WIDTH SPACE, (NON-)JOINER, WORD JOINER, BYTE ORDER MARK, SOFT HYPHEN: Word and Facebook put them between Lao words.
		from: /(?<=\p{Script=Lao})[\u200B-\u200D\u2060\uFEFF\u00AD]+|[\u200B-\u200D\u2060\uFEFF\u00AD]+(?=\p{Script=Lao})/gu,
		to: '',
		why: 'invisible characters pasted beside Lao letters',
	},
	{ from: /\u0EAB\u0E99/gu, to: '\u0EDC', why: 'ໜ is typed as ຫ + ນ' },
	{ from: /\u0EAB\u0EA1/gu, to: '\u0EDD', why: 'ໝ is typed as ຫ + ມ' },
	{ from: /\u0EAB\u0EA5/gu, to: '\u0EAB\u0EBC', why: 'ຫຼ (as in ຫຼາຍ) is written ຫລ in the older spelling' },
	{ from: new RegExp(`(${toneMark})\u0ECD\u0EB2`, 'gu'), to: '$1\u0EB3', why: 'ຳ after a tone mark is typed as ໍ + າ (ນ້ໍາ)' },
	{ from: new RegExp(`\u0ECD(${toneMark})\u0EB2`, 'gu'), to: '$1\u0EB3', why: 'ຳ is typed as ໍ, tone mark, າ (ນໍ້າ)' },
	{ from: /\u0ECD\u0EB2/gu, to: '\u0EB3', why: 'ຳ is typed as ໍ + າ' },
	{
		from: new RegExp(`(${toneMark})(${markOnConsonant})`, 'gu'),
		to: '$2$1',
		why: 'a tone mark typed before the vowel sign it sits on (ກ່ັ for ກັ່)',
	},
];

const anyLao = /\p{Script=Lao}/u;

/** `text` with every Lao spelling in `laoEquivalences` replaced by its one canonical form. */
export function canonicalLao(text: string): string {
	if (!anyLao.test(text)) return text;
	return laoEquivalences.reduce((result, { from, to }) => result.replace(from, to), text);
}
