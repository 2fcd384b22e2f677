/**
 * Dates known only to the year or month, as action briefs give them
 * ("Date: 2023"). Stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which also sort
 * correctly as text.
 */

import { dateTimeFormat, intlLocale } from './intl-locale.ts';

export const partialDateExpected = 'a year, month or day written as 2023, 2023-06 or 2023-06-30';

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(text: string): boolean {
	const match = pattern.exec(text);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}

/** "2023", "June 2023" or "30 June 2023" in the reader's language. */
export function formatPartialDate(date: string, lang: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
	const instant = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (m !== undefined) options.month = 'long';
	if (d !== undefined) options.day = 'numeric';
	return dateTimeFormat(intlLocale(lang), options).format(instant);
}
