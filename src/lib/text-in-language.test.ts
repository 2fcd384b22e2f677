import { describe, expect, it } from 'vitest';
import { textIn } from './text-in-language.ts';

describe('textIn', () => {
	it('shows a plain text as the site’s first language, marked for readers of another', () => {
		expect(textIn('Nutrition Officer', 'en')).toEqual({ text: 'Nutrition Officer', lang: 'en', fallback: false });
		expect(textIn('Nutrition Officer', 'lo')).toEqual({ text: 'Nutrition Officer', lang: 'en', fallback: true });
	});

	it('shows the reader’s language when it was written', () => {
		const role = { en: 'Nutrition Officer', lo: 'ເຈົ້າໜ້າທີ່ໂພຊະນາການ' };
		expect(textIn(role, 'lo')).toEqual({ text: 'ເຈົ້າໜ້າທີ່ໂພຊະນາການ', lang: 'lo', fallback: false });
		expect(textIn(role, 'en')).toEqual({ text: 'Nutrition Officer', lang: 'en', fallback: false });
	});

	it('falls back to the first language, then to any language written', () => {
		expect(textIn({ en: 'Thanks' }, 'lo')).toEqual({ text: 'Thanks', lang: 'en', fallback: true });
		expect(textIn({ lo: 'ຂອບໃຈ' }, 'en')).toEqual({ text: 'ຂອບໃຈ', lang: 'lo', fallback: true });
	});

	it('has nothing to show for nothing', () => {
		expect(textIn(undefined, 'en')).toBeUndefined();
		expect(textIn({}, 'en')).toBeUndefined();
	});
});
