/** Every URL the site links to, in one place, for either language and any `base`. */
import { prefixOf, siteLocales, type SiteLang } from '../i18n/locales.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `/lo/sessions/` from (`lo`, `sessions/`): the path in the reader's language, under the site's base. */
export function localePath(lang: SiteLang, path = ''): string {
	const prefix = prefixOf(lang);
	return `${base}${prefix ? `${prefix}/` : ''}${path.replace(/^\//, '')}`;
}

export const paths = {
	home: (lang: SiteLang) => localePath(lang),
	sessions: (lang: SiteLang) => localePath(lang, 'sessions/'),
	session: (id: string, lang: SiteLang) => localePath(lang, `sessions/${id}/`),
	briefs: (lang: SiteLang) => localePath(lang, 'briefs/'),
	/** A brief's URL is its original's id, in every language. */
	brief: (originalId: string, lang: SiteLang) => localePath(lang, `briefs/${originalId}/`),
	seriesIndex: (lang: SiteLang) => localePath(lang, 'series/'),
	series: (id: string, lang: SiteLang) => localePath(lang, `series/${id}/`),
	seriesPlan: (id: string, lang: SiteLang) => localePath(lang, `series/${id}/plan/`),
	people: (lang: SiteLang) => localePath(lang, 'people/'),
	person: (id: string, lang: SiteLang) => localePath(lang, `people/${id}/`),
	organisations: (lang: SiteLang) => localePath(lang, 'organisations/'),
	organisation: (id: string, lang: SiteLang) => localePath(lang, `organisations/${id}/`),
	awards: (lang: SiteLang) => localePath(lang, 'awards/'),
	awardMonth: (month: string, lang: SiteLang) => localePath(lang, `awards/${month}/`),
	themes: (lang: SiteLang) => localePath(lang, 'themes/'),
	theme: (id: string, lang: SiteLang) => localePath(lang, `themes/${id}/`),
	benchmarks: (lang: SiteLang) => localePath(lang, 'benchmarks/'),
	/** A benchmark's id is the id of the session that agreed it. */
	benchmark: (id: string, lang: SiteLang) => localePath(lang, `benchmarks/${id}/`),
	glossary: (lang: SiteLang, term?: string) => localePath(lang, `glossary/${term ? `#${term}` : ''}`),
	toolkit: (lang: SiteLang) => localePath(lang, 'toolkit/'),
	feed: (lang: SiteLang) => localePath(lang, 'feed.xml'),
	search: (lang: SiteLang) => localePath(lang, 'search/'),
	calendar: (lang: SiteLang) => localePath(lang, 'calendar.ics'),
	/** A series' year in review. */
	yearInReview: (seriesId: string, year: number, lang: SiteLang) => localePath(lang, `series/${seriesId}/${year}/`),
	numbers: (lang: SiteLang) => localePath(lang, 'numbers/'),
	seriesFeed: (id: string, lang: SiteLang) => localePath(lang, `series/${id}/feed.xml`),
	seriesCalendar: (id: string, lang: SiteLang) => localePath(lang, `series/${id}/calendar.ics`),
	sessionCalendar: (id: string, lang: SiteLang) => localePath(lang, `sessions/${id}.ics`),
};

/**
 * The address of the page at `pathname` in another language: the same path
 * with the language prefix swapped. Every page is built in every language
 * (Starlight falls back to the original for an untranslated guide).
 */
export function samePageIn(pathname: string, lang: SiteLang): string {
	let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const [first = '', ...others] = rest.split('/');
	if (siteLocales.some((l) => l.prefix && l.prefix === first)) rest = others.join('/');
	return localePath(lang, rest);
}
