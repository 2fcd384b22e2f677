import { describe, expect, it } from 'vitest';
import {
	countryName,
	formatDate,
	formatNumber,
	formatShortDate,
	formatShortMonth,
	formatTime,
	languageName,
	monthIn,
	yearIn,
} from './format.ts';
import { dateTimeFormat } from './values/intl-locale.ts';

const instant = new Date('2026-12-31T20:30:00Z');

describe('dates in the reader’s language and the series’ zone', () => {
	it('formats one instant in each zone it is asked for, whatever was formatted before', () => {
		expect(formatShortDate(instant, 'Africa/Lagos', 'en')).toBe('31 Dec 2026');
		expect(formatShortDate(instant, 'Asia/Vientiane', 'en')).toBe('1 Jan 2027');
		expect(formatShortDate(instant, 'Africa/Lagos', 'en')).toBe('31 Dec 2026');
		expect(formatTime(instant, 'Asia/Vientiane', 'en')).toBe('03:30');
		expect(formatDate(instant, 'Africa/Lagos', 'en')).toBe('Thursday, 31 December 2026');
		expect(yearIn(instant, 'Africa/Lagos')).toBe(2026);
		expect(yearIn(instant, 'Asia/Vientiane')).toBe(2027);
	});

	it('builds one formatter for each locale and set of options, and reuses it', () => {
		const options = { timeZone: 'Asia/Vientiane', year: 'numeric' } as const;
		expect(dateTimeFormat('lo', options)).toBe(dateTimeFormat('lo', { ...options }));
		expect(dateTimeFormat('lo', options)).not.toBe(dateTimeFormat('en-GB', options));
		expect(dateTimeFormat('lo', options)).not.toBe(dateTimeFormat('lo', { ...options, timeZone: 'Africa/Lagos' }));
	});

	it('names languages and countries in the reader’s language', () => {
		expect(languageName('lo', 'en')).toBe('Lao');
		expect(countryName('NG', 'en')).toBe('Nigeria');
		expect(countryName('LA', 'lo')).toBe('ລາວ');
		expect(languageName('lo', 'en')).toBe('Lao');
	});

	it('puts an instant in its month in a zone, and writes a month short for an axis', () => {
		expect(monthIn(instant, 'Africa/Lagos')).toBe('2026-12');
		expect(monthIn(instant, 'Asia/Vientiane')).toBe('2027-01');
		expect(formatShortMonth('2026-03', 'en')).toBe('Mar 2026');
		expect(formatShortMonth('2026-03', 'en', true)).toBe('2026');
	});
});

describe('numbers in the reader’s language', () => {
	it('groups thousands and keeps one decimal, as each language writes them', () => {
		expect(formatNumber(1250, 'en')).toBe('1,250');
		expect(formatNumber(8.5, 'en')).toBe('8.5');
		expect(formatNumber(8.5, 'lo')).toBe('8,5');
		expect(formatNumber(2 / 3, 'en')).toBe('0.7');
		expect(formatNumber(2 / 3, 'en', 0)).toBe('1');
	});
});
