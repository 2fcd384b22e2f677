import { describe, expect, it } from 'vitest';
import { canonicalLao, laoEquivalences } from './lao-spelling.ts';
import { prepareQuery, markBoundaries, boundaryMark } from './index.ts';

/** Each way of typing a word, beside the one spelling the index keeps. */
const variants: { typed: string; canonical: string; case: string }[] = [
	{ typed: 'ຫມາກໄມ້', canonical: 'ໝາກໄມ້', case: 'ໝ typed as ຫ + ມ' },
	{ typed: 'ຫນ້າວຽກ', canonical: 'ໜ້າວຽກ', case: 'ໜ typed as ຫ + ນ' },
	{ typed: 'ເຫນືອ', canonical: 'ເໜືອ', case: 'ໜ after a preposed vowel' },
	{ typed: 'ຫລາຍ', canonical: 'ຫຼາຍ', case: 'ຫລ, the older spelling of ຫຼ' },
	{ typed: 'ຄໍາແນະນໍາ', canonical: 'ຄຳແນະນຳ', case: 'ຳ typed as ໍ + າ' },
	{ typed: 'ນ້ໍາ', canonical: 'ນ້ຳ', case: 'ຳ typed as tone mark, ໍ, າ' },
	{ typed: 'ນໍ້າ', canonical: 'ນ້ຳ', case: 'ຳ typed as ໍ, tone mark, າ' },
	{ typed: 'ກ່ັບ', canonical: 'ກັ່ບ', case: 'a tone mark typed before its vowel sign' },
	{ typed: 'ນົມ\u200Bແມ່', canonical: 'ນົມແມ່', case: 'a ZERO WIDTH SPACE from a Word paste' },
	{ typed: 'ນົມ\u200C\u200Dແມ່', canonical: 'ນົມແມ່', case: 'joiners from a Facebook paste' },
	{ typed: '\u2060ນົມ\uFEFFແມ່\u00AD', canonical: 'ນົມແມ່', case: 'a byte order mark, word joiner and soft hyphen beside Lao letters' },
];

describe('canonicalLao', () => {
	it.each(variants)('treats $case as the same word', ({ typed, canonical }) => {
		expect(canonicalLao(typed)).toBe(canonical);
		expect(canonicalLao(canonical)).toBe(canonical);
	});

	it('covers every equivalence in its table with an example', () => {
		for (const { from, why } of laoEquivalences) {
			expect(
				variants.some(({ typed }) => new RegExp(from.source, from.flags.replace('g', '')).test(typed)),
				why,
			).toBe(true);
		}
	});

	it('never changes text without Lao, nor ZERO WIDTH characters outside Lao', () => {
		for (const text of ['policy\u200Bpaper', 'naïve café', 'ภาษาไทย', 'A\u00ADB']) expect(canonicalLao(text)).toBe(text);
	});

	it('mends every occurrence in a text, and a row of invisible characters on either side of Lao', () => {
		expect(canonicalLao('ນ້ໍາ ນ້ໍາ ນໍ້າ ນໍ້າ ກ່ັບ ກ່ັບ')).toBe('ນ້ຳ ນ້ຳ ນ້ຳ ນ້ຳ ກັ່ບ ກັ່ບ');
		expect(canonicalLao('ນົມ\u200B\u200D. (\uFEFF\u200Bແມ່')).toBe('ນົມ. (ແມ່');
	});

	it('keeps a word whole where NFKC would split its vowel from its consonant', () => {
		expect('ນ້ຳ'.normalize('NFKC')).not.toBe('ນ້ຳ');
		expect(canonicalLao('ນ້ຳ')).toBe('ນ້ຳ');
	});

	it('gives the index and the query the same units whichever spelling each side used', () => {
		for (const { typed, canonical } of variants) {
			const indexed = markBoundaries(canonical).replaceAll(`${boundaryMark} `, ' ');
			expect(prepareQuery(typed).terms, typed).toBe(indexed);
		}
	});
});
