/** Dates, times, languages and countries in the reader's language, from Unicode data rather than by hand. */

import { dateTimeFormat, intlLocale } from './values/intl-locale.ts';

export function formatDate(instant: Date, zone: string, lang: string): string {
	return dateTimeFormat(intlLocale(lang), {
		timeZone: zone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
	}).format(instant);
}

export function formatShortDate(instant: Date, zone: string, lang: string): string {
	return dateTimeFormat(intlLocale(lang), { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

export function formatTime(instant: Date, zone: string, lang: string): string {
	return dateTimeFormat(intlLocale(lang), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** The zone as readers know it, with its offset: "Indochina Time, GMT+7". */
export function formatZone(instant: Date, zone: string, lang: string): string {
	const part = (style: 'long' | 'shortOffset') =>
		dateTimeFormat(intlLocale(lang), { timeZone: zone, timeZoneName: style })
			.formatToParts(instant)
			.find((p) => p.type === 'timeZoneName')?.value ?? zone;
	return `${part('long')}, ${part('shortOffset')}`;
}

export function formatMonth(month: string, lang: string): string {
	const [year, m] = month.split('-').map(Number) as [number, number];
	return dateTimeFormat(intlLocale(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The calendar year of an instant in a zone. */
export function yearIn(instant: Date, zone: string): number {
	return Number(dateTimeFormat('en', { timeZone: zone, year: 'numeric' }).format(instant));
}

/** The calendar month of an instant in a zone: `2026-03`. */
export function monthIn(instant: Date, zone: string): string {
	const parts = dateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}`;
}

/** A month (`2026-03`) short, for an axis: "Mar 2026"; only the year where months would crowd it. */
export function formatShortMonth(month: string, lang: string, yearOnly = false): string {
	const [year, m] = month.split('-').map(Number) as [number, number];
	const options: Intl.DateTimeFormatOptions = yearOnly
		? { timeZone: 'UTC', year: 'numeric' }
		: { timeZone: 'UTC', month: 'short', year: 'numeric' };
	return dateTimeFormat(intlLocale(lang), options).format(new Date(Date.UTC(year, m - 1, 1)));
}

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(code: string, lang: string, type: 'language' | 'region'): string {
	const key = `${lang} ${type}`;
	let names = displayNames.get(key);
	if (!names) {
		names = new Intl.DisplayNames([intlLocale(lang)], { type });
		displayNames.set(key, names);
	}
	return names.of(code) ?? code;
}

export function languageName(code: string, lang: string): string {
	return displayName(code, lang, 'language');
}

export function countryName(code: string, lang: string): string {
	return displayName(code, lang, 'region');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count or a median in the reader's language: "1,250", "12.5". Built once per language and precision. */
export function formatNumber(value: number, lang: string, maximumFractionDigits = 1): string {
	const key = `${lang} ${maximumFractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits });
		numberFormats.set(key, format);
	}
	return format.format(value);
}
