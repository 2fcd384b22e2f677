/**
 * The content of the site, loaded once per build and indexed: every page
 * asks here instead of querying collections itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, prefixOf, siteLangs, type SiteLang } from '../i18n/locales.ts';
import { deriveIndex } from './derive/site-index.ts';
import { readNow } from './now.ts';
import { personLabel } from './person-label.ts';
import { localePath } from './urls.ts';

export type SessionEntry = CollectionEntry<'sessions'>;
export type PersonEntry = CollectionEntry<'people'>;
export type BriefEntry = CollectionEntry<'briefs'>;

async function load() {
	const [sessions, people, organisations, series, awards, briefs, themes, glossary, sources, docs] = await Promise.all([
		getCollection('sessions'),
		getCollection('people'),
		getCollection('organisations'),
		getCollection('series'),
		getCollection('awards'),
		getCollection('briefs'),
		getCollection('themes'),
		getCollection('glossary'),
		getCollection('sources'),
		getCollection('docs'),
	]);
	const index = deriveIndex({ sessions, people, organisations, series, awards, briefs }, readNow());
	const themeMap = new Map(themes.map((t) => [t.id, t]));
	const sourceMap = new Map(sources.map((s) => [s.id, s]));
	const originals = briefs.filter((b) => !b.data.translationOf);
	// Toolkit and guide pages of the default language; a translation sits under its language's prefix (`lo/guides/als`).
	const translationPrefixes = siteLangs.map(prefixOf).filter(Boolean);
	const docOriginals = docs.filter((d) => !translationPrefixes.includes(d.id.split('/')[0]!));
	const docById = new Map(docs.map((d) => [d.id, d]));
	const docsByTheme = new Map<string, typeof docs>();
	for (const doc of docOriginals) {
		for (const theme of doc.data.themes) docsByTheme.set(theme, [...(docsByTheme.get(theme) ?? []), doc]);
	}
	const translations = briefs.filter((b) => b.data.translationOf);

	return {
		...index,
		briefs: originals.sort((a, b) => b.data.date.localeCompare(a.data.date)),
		themes: themes.sort((a, b) => a.data.label.en.localeCompare(b.data.label.en)),
		glossary: glossary.sort((a, b) => a.data.term.en.localeCompare(b.data.term.en)),
		sources: sourceMap,
		/** The guide to each approach, by its page path (`guides/als`), where the site has one: a fork may not. */
		approachGuides: new Map<string, string>(
			docOriginals.filter((d) => d.data.kind === 'guide' && d.data.approach).map((d) => [d.data.approach!, d.id]),
		),
		/** Toolkit and guide pages filed under each theme (the default language's pages). */
		docsByTheme,
		/** For each language, the addresses of the toolkit and guide pages it has no translation of, which it shows in the original's. */
		untranslatedDocHrefs: new Map<SiteLang, ReadonlySet<string>>(
			siteLangs.map((lang) => [
				lang,
				new Set(
					docOriginals
						.filter((doc) => lang !== defaultLang && !docById.has(`${prefixOf(lang)}/${doc.id}`))
						.map((doc) => localePath(lang, `${doc.id}/`)),
				),
			]),
		),
		/** A toolkit or guide page's title as a reader of `lang` sees it: its translation's, else the original's. */
		docTitleIn: (doc: (typeof docs)[number], lang: SiteLang) => {
			const translation = prefixOf(lang) ? docById.get(`${prefixOf(lang)}/${doc.id}`) : undefined;
			return translation ? { title: translation.data.title, lang } : { title: doc.data.title, lang: defaultLang };
		},
		theme: (id: string) => themeMap.get(id),
		themeLabel: (id: string, lang: SiteLang) => themeMap.get(id)?.data.label[lang] ?? id,
		organisationName: (id: string | undefined) => (id ? index.organisations.get(id)?.data.name : undefined),
		/** The brief in `lang`, or its original when there is no such translation. */
		briefIn: (original: BriefEntry, lang: string) =>
			original.data.lang === lang
				? original
				: (translations.find((t) => t.data.translationOf === original.id && t.data.lang === lang) ?? original),
		translationsOf: (original: BriefEntry) => translations.filter((t) => t.data.translationOf === original.id),
		/** In `lang`: the page's, or another (an invitation is in the session's). */
		personLabel: (id: string, t: App.Locals['t'], lang: SiteLang) => {
			const person = index.people.get(id);
			if (!person) return id;
			const organisation = person.data.organisation ? index.organisations.get(person.data.organisation)?.data.name : undefined;
			const inLang = { lng: lang };
			return personLabel(
				person.data,
				organisation,
				{
					unnamed: (role, org) => t('person.unnamed', { role, organisation: org, ...inLang }),
					unnamedNoOrg: (role) => t('person.unnamedNoOrg', { role, ...inLang }),
				},
				lang,
			);
		},
	};
}

export type SiteData = Awaited<ReturnType<typeof load>>;

let cached: Promise<SiteData> | undefined;

/** In a build the content cannot change, so it is loaded once; `astro dev` reloads it for each page. */
export function getSiteData(): Promise<SiteData> {
	if (import.meta.env.DEV) return load();
	return (cached ??= load());
}
