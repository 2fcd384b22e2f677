import { describe, expect, it } from 'vitest';
import { textWithLinks } from './text-links.ts';

describe('textWithLinks', () => {
	it('links an email address and leaves the full stop after it in the sentence', () => {
		expect(textWithLinks('or write to the Secretariat at info@suncsalaos.org.')).toEqual([
			'or write to the Secretariat at ',
			{ href: 'mailto:info@suncsalaos.org', text: 'info@suncsalaos.org' },
			'.',
		]);
	});

	it('links a web address, without the closing bracket or comma of the sentence', () => {
		expect(textWithLinks('Form (https://example.org/join?x=1), or call.')).toEqual([
			'Form (',
			{ href: 'https://example.org/join?x=1', text: 'https://example.org/join?x=1' },
			'), or call.',
		]);
	});

	it('finds addresses in Lao text', () => {
		expect(textWithLinks('ຕິດຕໍ່ info@suncsalaos.org ເພື່ອເຂົ້າຮ່ວມ')).toEqual([
			'ຕິດຕໍ່ ',
			{ href: 'mailto:info@suncsalaos.org', text: 'info@suncsalaos.org' },
			' ເພື່ອເຂົ້າຮ່ວມ',
		]);
	});

	it('leaves text without addresses, and a lone @, as it is', () => {
		expect(textWithLinks('Meet @ the office, 14:00.')).toEqual(['Meet @ the office, 14:00.']);
		expect(textWithLinks('')).toEqual([]);
	});

	it('never turns a javascript: text into a link', () => {
		expect(textWithLinks('javascript:alert(1)')).toEqual(['javascript:alert(1)']);
	});
});
