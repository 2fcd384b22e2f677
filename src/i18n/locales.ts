/**
 * The site's languages, in one place: Starlight's locales, the `/lo/` routes,
 * the localized labels in themes and the glossary all derive from this list.
 * The first entry is the root locale, served without a URL prefix.
 */
export const siteLocales = [
	{ locale: 'root', lang: 'en', label: 'English', prefix: '' },
	{ locale: 'lo', lang: 'lo', label: 'ລາວ', prefix: 'lo' },
] as const;

export type SiteLocale = (typeof siteLocales)[number];
export type SiteLang = SiteLocale['lang'];

export const siteLangs = siteLocales.map((l) => l.lang) as [SiteLang, ...SiteLang[]];
export const defaultLang: SiteLang = siteLocales[0].lang;

export function isSiteLang(value: string): value is SiteLang {
	return (siteLangs as readonly string[]).includes(value);
}

/** The URL prefix for a language: `''` for the root locale, `'lo'` for Lao. */
export function prefixOf(lang: SiteLang): string {
	return siteLocales.find((l) => l.lang === lang)?.prefix ?? '';
}

/** Starlight's `locales` option, built from {@link siteLocales}. */
export function starlightLocales() {
	return Object.fromEntries(siteLocales.map(({ locale, lang, label }) => [locale, { label, lang }]));
}

/** The `[...lang]` route parameter for each language: `undefined` for the root locale. */
export function langParams(): { lang: string | undefined; siteLang: SiteLang }[] {
	return siteLocales.map((l) => ({ lang: l.prefix || undefined, siteLang: l.lang }));
}

/** The language of a page from its `[...lang]` parameter. */
export function langFromParam(param: string | undefined): SiteLang {
	return siteLocales.find((l) => l.prefix === (param ?? ''))?.lang ?? defaultLang;
}
