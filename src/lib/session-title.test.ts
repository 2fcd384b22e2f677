import { describe, expect, it } from 'vitest';
import { sessionTitleIn } from './session-title.ts';

const lao = {
	title: 'ສວນຄົວໂຮງຮຽນ',
	summary: 'ສວນຄົວໂຮງຮຽນຊ່ວຍໃຫ້ອາຫານທ່ຽງມີຜັກຫຼາຍຂຶ້ນ.',
	lang: 'lo',
	translated: { en: { title: 'School gardens' } },
};

describe('sessionTitleIn', () => {
	it('shows a session in its own language as it is', () => {
		expect(sessionTitleIn(lao, 'lo')).toEqual({
			title: 'ສວນຄົວໂຮງຮຽນ',
			titleLang: 'lo',
			summary: lao.summary,
			summaryLang: 'lo',
			untranslated: false,
		});
	});

	it('puts the translation first and keeps the original beside it; an untranslated summary stays in its language', () => {
		expect(sessionTitleIn(lao, 'en')).toEqual({
			title: 'School gardens',
			titleLang: 'en',
			summary: lao.summary,
			summaryLang: 'lo',
			original: { title: 'ສວນຄົວໂຮງຮຽນ', lang: 'lo' },
			untranslated: false,
		});
	});

	it('uses a translated summary when there is one', () => {
		const both = { ...lao, translated: { en: { title: 'School gardens', summary: 'More vegetables at lunch.' } } };
		expect(sessionTitleIn(both, 'en')).toMatchObject({ summary: 'More vegetables at lunch.', summaryLang: 'en' });
	});

	it('marks a session nobody has translated, in the original words', () => {
		const untranslated = { title: lao.title, summary: lao.summary, lang: lao.lang };
		expect(sessionTitleIn(untranslated, 'en')).toEqual({
			title: 'ສວນຄົວໂຮງຮຽນ',
			titleLang: 'lo',
			summary: lao.summary,
			summaryLang: 'lo',
			untranslated: true,
		});
	});
});
