import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDate, yearOf } from './partial-date.ts';

describe('partial dates', () => {
	it('accepts a year, a month or a day, and nothing else', () => {
		expect(['2023', '2023-06', '2023-06-30'].map(isPartialDate)).toEqual([true, true, true]);
		expect(['23', '2023-13', '2023-02-30', '2023/06', 'June 2023'].map(isPartialDate)).toEqual([false, false, false, false, false]);
	});

	it('formats to the precision it was given, in the reader’s language', () => {
		expect(formatPartialDate('2023', 'en')).toBe('2023');
		expect(formatPartialDate('2023-06', 'en')).toBe('June 2023');
		expect(formatPartialDate('2023-06-30', 'en')).toBe('30 June 2023');
		expect(formatPartialDate('2023-06', 'lo')).toBe('ມິຖຸນາ 2023');
		expect(yearOf('2023-06-30')).toBe(2023);
	});
});
