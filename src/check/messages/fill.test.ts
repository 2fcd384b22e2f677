/**
 * The command-line tools' own messages: values placed where each language
 * puts them, and English kept where a message has no translation.
 */
import { describe, expect, it } from 'vitest';
import { fill, toolCatalogues } from './fill.ts';
import { catalogues } from './index.ts';

describe('fill', () => {
	it('places values in order in English', () => {
		expect(fill('{} problems in the content.', 'en', 3)).toBe('3 problems in the content.');
		expect(fill("Unknown option '--{}': did you mean --{}?", 'en', 'lnag', 'lang')).toBe("Unknown option '--lnag': did you mean --lang?");
	});

	it('places values where the translation numbers them', () => {
		expect(fill('{} problems in the content.', 'lo', 3)).toBe('ພົບ 3 ບັນຫາໃນເນື້ອຫາ.');
		expect(fill("Option '--{}' needs a value: --{} <value>", 'lo', 'lang', 'lang')).toBe("ຕົວເລືອກ '--lang' ຕ້ອງມີຄ່າ: --lang <ຄ່າ>");
	});

	it('leaves a missing value empty rather than writing "undefined"', () => {
		expect(fill('{} and {}', 'en', 'one')).toBe('one and ');
		expect(fill("Option '--{}' needs a value: --{} <value>", 'lo', 'lang')).toBe("ຕົວເລືອກ '--lang' ຕ້ອງມີຄ່າ: -- <ຄ່າ>");
	});

	it('keeps the English of a message no catalogue has', () => {
		expect(fill('Not translated: {}.', 'lo', 'x')).toBe('Not translated: x.');
	});

	it('reads the tools’ messages and the checker’s from one catalogue per language', () => {
		expect(toolCatalogues.lo['Nothing was built.']).toBe(catalogues.lo['Nothing was built.']);
		expect(toolCatalogues.lo['[Enter keeps: {}]']).toBe('[ກົດ Enter ເພື່ອໃຊ້: {1}]');
	});
});
