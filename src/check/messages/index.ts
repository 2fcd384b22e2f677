/**
 * The checker's messages in every language of the site, from one catalogue
 * shared by `npm run check`, `npm run new` and the submission form. The code
 * writes its messages in English; a translation is found by matching the
 * English against the catalogue's patterns, with the values (a field's
 * text, a file name, a list of ids) carried over as they are.
 */
import type { Problem } from '../../loader/problem.ts';
import type { SiteLang } from '../../i18n/locales.ts';
import { lo } from './lo.ts';

/** A translation of the English for each language that has one; English is the code's own. */
export const catalogues = { lo } satisfies Partial<Record<SiteLang, Record<string, string>>>;
export type MessageLang = 'en' | keyof typeof catalogues;
export const messageLangs: readonly MessageLang[] = ['en', ...(Object.keys(catalogues) as (keyof typeof catalogues)[])];

type Pattern = { english: string; regex: RegExp; translated: string; inPath: boolean[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(catalogue: Record<string, string>): { exact: Map<string, string>; patterns: Pattern[] } {
	const exact = new Map<string, string>();
	const patterns: Pattern[] = [];
	for (const [english, translated] of Object.entries(catalogue)) {
		const pieces = english.split('{}');
		if (pieces.length === 1) exact.set(english, translated);
		else {
			const regex = new RegExp(`^${pieces.map(escape).join('([\\s\\S]*?)')}$`);
			// A hole in a path (content/{}/) holds a folder name, which stays as it is on disk.
			const inPath = pieces.slice(0, -1).map((before) => before.endsWith('/'));
			patterns.push({ english, regex, translated, inPath });
		}
	}
	// The pattern with most fixed text is the most specific: "a list of theme ids" before "a list of {}".
	patterns.sort((a, b) => b.english.replace(/\{\}/g, '').length - a.english.replace(/\{\}/g, '').length);
	return { exact, patterns };
}

// Compiled when the module loads, not on first use: a cache filled on first use kept mutation tests from seeing
// a change to compile() (the first test to translate compiled it; the others reused it).
const compiled = Object.fromEntries(Object.entries(catalogues).map(([lang, catalogue]) => [lang, compile(catalogue)])) as Record<
	Exclude<MessageLang, 'en'>,
	ReturnType<typeof compile>
>;

/** A value that reads the same in every language: quoted text, a number, a date, a file or a list of ids. */
export function isLiteralValue(text: string): boolean {
	return /^(".*"|-?\d[\d.,:T+\-[\]/A-Za-z]*|[\w./@:[\], -]*\/[\w./@:[\], -]*|[a-z0-9-]+(, [a-z0-9-]+)*)$/s.test(text);
}

/**
 * `english` in `lang`, or `undefined` when the catalogue has no pattern for
 * it. Values filled into a pattern are translated too when they are
 * themselves messages ("a list of …", a collection's name).
 */
export function translateMessage(english: string, lang: MessageLang): string | undefined {
	if (lang === 'en') return english;
	const { exact, patterns } = compiled[lang];
	const whole = exact.get(english);
	if (whole !== undefined) return whole;
	// A list of findings ("a <script> element, an event handler (onclick)"), each its own message.
	const parts = english.split(', ');
	if (parts.length > 1) {
		const each = parts.map((part) => exact.get(part) ?? shortFilled(part, patterns));
		if (each.every((part) => part !== undefined)) return each.join(', ');
	}
	for (const pattern of patterns) {
		const match = pattern.regex.exec(english);
		if (!match) continue;
		const values = match
			.slice(1)
			.map((value, i) => (pattern.inPath[i] ? value : (exact.get(value) ?? translateMessage(value, lang) ?? value)));
		return pattern.translated.replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n) - 1] ?? '');
	}
	return undefined;
}

/** A pattern filled with one word, such as "a <script> element": what a list of findings is made of. */
function shortFilled(part: string, patterns: Pattern[]): string | undefined {
	for (const pattern of patterns) {
		const match = pattern.regex.exec(part);
		if (match && match.slice(1).every((value) => /^[^\s,]+$/.test(value))) {
			return pattern.translated.replace(/\{(\d+)\}/g, (_, n: string) => match[Number(n)] ?? '');
		}
	}
	return undefined;
}

/** Like translateMessage, keeping the English when there is no translation (tests make sure there always is). */
export const t = (english: string, lang: MessageLang) => translateMessage(english, lang) ?? english;

export function isMessageLang(lang: string | undefined): lang is MessageLang {
	return (messageLangs as readonly string[]).includes(lang ?? '');
}

/** The one-line message, in `lang`: `file:line: field: found …; expected …`. */
export function formatProblemIn(p: Problem, lang: MessageLang): string {
	return `${p.file}:${p.line}: ${p.field}: ${t('found', lang)} ${t(p.found, lang)}; ${t('expected', lang)} ${t(p.expected, lang)}`;
}
