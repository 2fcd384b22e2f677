import { describe, expect, it } from 'vitest';
import { laoSyllables } from './lao-syllables.ts';

const split = (text: string) => laoSyllables(text).join('|');

describe('laoSyllables', () => {
	it('gives ອ or ວ written as a vowel its final, even where that final could open a syllable', () => {
		expect(split('ບອກວ່າ')).toBe('ບອກ|ວ່າ');
		expect(split('ຂອບໃຈ')).toBe('ຂອບ|ໃຈ');
		expect(split('ກ່ອນຈະ')).toBe('ກ່ອນ|ຈະ');
		expect(split('ສວນຄົວ')).toBe('ສວນ|ຄົວ');
		expect(split('ກວດກາ')).toBe('ກວດ|ກາ');
		// ວ as a glide keeps opening its syllable, and ອ after a vowel is an initial.
		expect(split('ດີກວ່າ')).toBe('ດີ|ກວ່າ');
		expect(split('ການອອກ')).toBe('ການ|ອອກ');
	});

	it('splits common words into their syllables', () => {
		expect(split('ການຮຽນຮູ້')).toBe('ການ|ຮຽນ|ຮູ້');
		expect(split('ແບບເພື່ອນຫາເພື່ອນ')).toBe('ແບບ|ເພື່ອນ|ຫາ|ເພື່ອນ');
		expect(split('ໂພຊະນາການ')).toBe('ໂພ|ຊະ|ນາ|ການ');
		expect(split('ນ້ຳສະອາດ')).toBe('ນ້ຳ|ສະ|ອາດ');
		expect(split('ອົງການຈັດຕັ້ງທາງສັງຄົມ')).toBe('ອົງ|ການ|ຈັດ|ຕັ້ງ|ທາງ|ສັງ|ຄົມ');
		expect(split('ພະນັກງານ')).toBe('ພະ|ນັກ|ງານ');
		expect(split('ອາສາສະໝັກ')).toBe('ອາ|ສາ|ສະ|ໝັກ');
		expect(split('ສຸຂະອະນາໄມ')).toBe('ສຸ|ຂະ|ອະ|ນາ|ໄມ');
		expect(split('ຄຳຖາມ')).toBe('ຄຳ|ຖາມ');
	});

	it('keeps initial clusters and subscript ລ together', () => {
		expect(split('ຄວາມໝັ້ນຄົງ')).toBe('ຄວາມ|ໝັ້ນ|ຄົງ');
		expect(split('ກວ່າ')).toBe('ກວ່າ');
		expect(split('ຫຼາຍ')).toBe('ຫຼາຍ');
		expect(split('ຫວ່າງ')).toBe('ຫວ່າງ');
	});

	it('handles vowel letters and finals after the nucleus', () => {
		expect(split('ສວນຄົວ')).toBe('ສວນ|ຄົວ');
		expect(split('ຕົວຢ່າງ')).toBe('ຕົວ|ຢ່າງ');
		expect(split('ແກ້ວ')).toBe('ແກ້ວ');
		expect(split('ໂຄວິດ')).toBe('ໂຄ|ວິດ');
		expect(split('ເຂົ້າຮ່ວມ')).toBe('ເຂົ້າ|ຮ່ວມ');
	});

	it('keeps abbreviations whole and sets ໆ and digits apart', () => {
		expect(split('ສປປ')).toBe('ສປປ');
		expect(split('ຍາວໆ')).toBe('ຍາວ|ໆ');
		expect(split('ປີ໒໐໒໓')).toBe('ປີ|໒໐໒໓');
		expect(split('໑໒ຄົນ')).toBe('໑໒|ຄົນ');
		expect(split('໒ເດືອນ໓ມື້')).toBe('໒|ເດືອນ|໓|ມື້');
	});

	it('gives the text back unchanged when joined, never splitting a grapheme cluster', () => {
		const text = 'ການປະຊຸມອອນລາຍປະຈຳເດືອນທີ່ມີຜູ້ນຳສະເໜີເວົ້າ10ຫາ20ນາທີ';
		const syllables = laoSyllables(text);
		expect(syllables.join('')).toBe(text);
		const graphemes = new Intl.Segmenter('lo', { granularity: 'grapheme' });
		const boundaries = new Set([...graphemes.segment(text)].map((g) => g.index));
		let offset = 0;
		for (const syllable of syllables) {
			expect(boundaries.has(offset) || offset === 0).toBe(true);
			offset += syllable.length;
		}
	});
});

describe('laoSyllables, across word boundaries', () => {
	it('tells a final consonant from the next initial around ອ, ວ and ຫ', () => {
		expect(split('ຈັດກອງປະຊຸມ')).toBe('ຈັດ|ກອງ|ປະ|ຊຸມ');
		expect(split('ການອອກ')).toBe('ການ|ອອກ');
		expect(split('ການວາງແຜນ')).toBe('ການ|ວາງ|ແຜນ');
		expect(split('ອີກວິທີ')).toBe('ອີກ|ວິ|ທີ');
		expect(split('ຫຼາຍກວ່າ')).toBe('ຫຼາຍ|ກວ່າ');
		expect(split('ເວົ້າຫຍັງ')).toBe('ເວົ້າ|ຫຍັງ');
		expect(split('ໃນສອງ')).toBe('ໃນ|ສອງ');
		expect(split('ໜ້າຄວນ')).toBe('ໜ້າ|ຄວນ');
		expect(split('ເອີນຫວ່າງ')).toBe('ເອີນ|ຫວ່າງ');
	});
});

it('keeps a letter silenced by ໌ with the syllable before it', () => {
	expect(laoSyllables('ສຳເນົາໄຟລ໌')).toEqual(['ສຳ', 'ເນົາ', 'ໄຟລ໌']);
	expect(laoSyllables('ໄຟລ໌ຕື່ມ')).toEqual(['ໄຟລ໌', 'ຕື່ມ']);
});
