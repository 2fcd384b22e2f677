import { describe, expect, it } from 'vitest';
import { pastedLines } from './pasted-lines.ts';

describe('pastedLines', () => {
	it('takes off the bullets and numbers Word, Google Docs and WhatsApp put before each item', () => {
		expect(pastedLines('•\tອາຫານເຊົ້າສຳຄັນ.\r\n•\tEggs are a good choice.')).toEqual(['ອາຫານເຊົ້າສຳຄັນ.', 'Eggs are a good choice.']);
		expect(pastedLines('1.\tFirst\n2)  Second\n(3) Third\na. Fourth\n໑. ທີໜຶ່ງ')).toEqual(['First', 'Second', 'Third', 'Fourth', 'ທີໜຶ່ງ']);
		expect(pastedLines('- dash\n* star\n– en dash\n◦ circle\n▪ square\n✓ tick')).toEqual([
			'dash',
			'star',
			'en dash',
			'circle',
			'square',
			'tick',
		]);
		expect(pastedLines('•\u00A0after a no-break space')).toEqual(['after a no-break space']);
	});

	it('keeps a line’s own start when no space follows: figures, negative numbers, words', () => {
		expect(pastedLines('1.5 million children\n-3 °C at night\n2026 budget agreed\nA.L.S. works\nA. Bello showed the ledger')).toEqual([
			'1.5 million children',
			'-3 °C at night',
			'2026 budget agreed',
			'A.L.S. works',
			'A. Bello showed the ledger',
		]);
	});

	it('takes off one marker only, so an item that is itself about a list keeps its words', () => {
		expect(pastedLines('• - is how WhatsApp shows a list')).toEqual(['- is how WhatsApp shows a list']);
	});

	it('splits on every kind of line break and drops empty lines', () => {
		expect(pastedLines('one\r\ntwo\rthree\u2028four\u2029five\n\n \t \nsix')).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
	});
});
