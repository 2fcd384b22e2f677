/**
 * Which of an entry's texts a reader of one language sees (see `inLanguages`
 * in the schemas): their language's when it was written, else the site's
 * first language's, else any; `fallback` says the page must mark it.
 */
import { defaultLang, siteLangs, type SiteLang } from '../i18n/locales.ts';

export type InLanguages = string | Partial<Record<SiteLang, string | undefined>>;

export type TextShown = { text: string; lang: SiteLang; fallback: boolean };

export function textIn(value: InLanguages, lang: SiteLang): TextShown;
export function textIn(value: InLanguages | undefined, lang: SiteLang): TextShown | undefined;
export function textIn(value: InLanguages | undefined, lang: SiteLang): TextShown | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'string') return { text: value, lang: defaultLang, fallback: lang !== defaultLang };
	for (const candidate of [lang, defaultLang, ...siteLangs]) {
		const text = value[candidate];
		if (text !== undefined) return { text, lang: candidate, fallback: candidate !== lang };
	}
	return undefined;
}

/** The text alone, for places that cannot mark a fallback (a share card's line, a feed's summary). */
export const plainTextIn = (value: InLanguages, lang: SiteLang): string => textIn(value, lang).text;
