/**
 * How a message written in English finds its translation: whole, as a list
 * of findings, or as a pattern whose values are carried over (translated
 * too when they are messages themselves, kept as written when they are
 * names, ids or folder names).
 */
import { describe, expect, it } from 'vitest';
import { formatProblemIn, isLiteralValue, isMessageLang, messageLangs, t, translateMessage } from './index.ts';

describe('translateMessage', () => {
	it('returns English as it is, and a whole message from the catalogue', () => {
		expect(translateMessage('anything at all', 'en')).toBe('anything at all');
		expect(translateMessage('Nothing was built.', 'lo')).toBe('ບໍ່ໄດ້ສ້າງຫຍັງ.');
	});

	it('translates a list of findings one by one, joined as the English joins them', () => {
		expect(translateMessage('a <script> element, an event handler (onclick)', 'lo')).toBe('ອົງປະກອບ <script>, ຕົວຈັດການເຫດການ (onclick)');
	});

	it('prefers the most specific pattern: "a list of theme ids" before "a list of {}"', () => {
		expect(translateMessage('a list of theme ids', 'lo')).toBe('ລາຍການລະຫັດໝວດຫົວຂໍ້');
		expect(translateMessage('a list of sentences', 'lo')).toBe('ລາຍການປະໂຫຍກ');
		// Two patterns match, "at least {} items" and "at least {}": the one with more fixed text wins.
		expect(translateMessage('at least 3 items', 'lo')).toBe('ຢ່າງໜ້ອຍ 3 ລາຍການ');
	});

	it('translates a one-word value that is itself a message, and a value that is itself a pattern', () => {
		expect(translateMessage('a list of sessions', 'lo')).toBe('ລາຍການ ກອງປະຊຸມ ຢ່າງ');
		expect(translateMessage('one of at least 2 items', 'lo')).toBe('ອັນໃດອັນໜຶ່ງໃນ ຢ່າງໜ້ອຍ 2 ລາຍການ');
	});

	it('translates a value that is itself a message, and keeps one that is not', () => {
		expect(translateMessage('one of a list of theme ids', 'lo')).toBe('ອັນໃດອັນໜຶ່ງໃນ ລາຍການລະຫັດໝວດຫົວຂໍ້');
		expect(translateMessage('one of online, in-person, hybrid', 'lo')).toBe('ອັນໃດອັນໜຶ່ງໃນ online, in-person, hybrid');
	});

	it('keeps a folder name in a path as it is on disk, even when it is also a word the catalogue knows', () => {
		expect(translateMessage('the id of an entry in content/people/ (its file name without .md)', 'lo')).toBe(
			'ລະຫັດຂອງລາຍການໃນ content/people/ (ຊື່ໄຟລ໌ ບໍ່ມີ .md)',
		);
	});

	it('does not read a list whose parts are not all findings as findings', () => {
		expect(translateMessage('a <script> element, something nobody translated', 'lo')).toBeUndefined();
	});

	it('says when there is no translation, and t keeps the English then', () => {
		expect(translateMessage('a message nobody translated yet', 'lo')).toBeUndefined();
		expect(t('a message nobody translated yet', 'lo')).toBe('a message nobody translated yet');
		expect(t('Nothing was built.', 'lo')).toBe('ບໍ່ໄດ້ສ້າງຫຍັງ.');
	});
});

describe('isLiteralValue', () => {
	it('is true of what reads the same in every language', () => {
		for (const value of [
			'"Budget: what next"',
			'42',
			'-3',
			'2026-05-07',
			'2026-05-07T10:00+07:00',
			'content/people/x.md',
			'nutrition, fundraising',
			'nutrition',
			'nutrition, fundraising, gender',
		])
			expect(isLiteralValue(value), value).toBe(true);
	});

	it('is false of words to translate', () => {
		for (const value of ['some text', 'a date', 'Budget', 'one of online']) expect(isLiteralValue(value), value).toBe(false);
	});
});

describe('the languages of messages', () => {
	it('are English and each language with a catalogue', () => {
		expect(messageLangs).toEqual(['en', 'lo']);
		expect(isMessageLang('lo')).toBe(true);
		expect(isMessageLang('en')).toBe(true);
		expect(isMessageLang('fr')).toBe(false);
		expect(isMessageLang(undefined)).toBe(false);
	});
});

describe('formatProblemIn', () => {
	const problem = {
		file: 'content/sessions/a.md',
		line: 4,
		field: 'format',
		found: '"zoom"',
		expected: 'one of online, in-person, hybrid',
	};

	it('writes one line in each language, the values as they were', () => {
		expect(formatProblemIn(problem, 'en')).toBe('content/sessions/a.md:4: format: found "zoom"; expected one of online, in-person, hybrid');
		expect(formatProblemIn(problem, 'lo')).toBe('content/sessions/a.md:4: format: ພົບ "zoom"; ຄວນເປັນ ອັນໃດອັນໜຶ່ງໃນ online, in-person, hybrid');
	});
});
