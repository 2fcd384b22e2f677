/**
 * What a reader can open with no connection, in their language: the
 * toolkit, the guides, the action briefs and the latest session recaps. The
 * offline page lists exactly these pages, and the service worker of that
 * language keeps exactly the pages the offline page links to, so the two
 * never disagree (src/integrations/offline.ts reads the list from the page).
 */
import { defaultLang, prefixOf, type SiteLang } from '../../i18n/locales.ts';

/** How many session recaps each language keeps: the newest sessions that took place. */
export const latestRecapCount = 10;

/**
 * How many action briefs each language keeps, the newest first: a network
 * with hundreds of briefs would otherwise ask more of a phone than the
 * storage budget allows (at N = 3,000 sessions, 150 briefs came to 6.4 MB).
 */
export const latestBriefCount = 20;

/** The folders of `content/docs/` whose pages are kept, in the order the offline page lists them. */
export const docSections = ['toolkit', 'guides'] as const;
export type DocSection = (typeof docSections)[number];

type DocEntry = { id: string; data: { title: string; sidebar?: { order?: number | undefined } | undefined } };

export type OfflineDoc = { id: string; title: string; titleLang: SiteLang };

/**
 * The pages of one docs folder as a reader of `lang` sees them: every page of
 * the default language, with its translation's title where one exists (Starlight
 * shows the original in its place otherwise). Ordered as the sidebar orders them.
 */
export function docPagesIn(docs: readonly DocEntry[], section: DocSection, lang: SiteLang): OfflineDoc[] {
	const prefix = prefixOf(lang);
	const byId = new Map(docs.map((d) => [d.id, d]));
	const originals = docs.filter((d) => d.id.split('/')[0] === section);
	const order = (d: DocEntry) => (d.id === section ? -Infinity : (d.data.sidebar?.order ?? Infinity));
	return originals
		.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
		.map((original) => {
			// The root language has no prefix, and its pages are the originals.
			const translation = prefix ? byId.get(`${prefix}/${original.id}`) : undefined;
			return translation
				? { id: original.id, title: translation.data.title, titleLang: lang }
				: { id: original.id, title: original.data.title, titleLang: defaultLang };
		});
}

/** The newest `count` of the sessions that took place (`tookPlace`), newest first. */
export function latestRecaps<T>(
	sessions: readonly T[],
	startOf: (session: T) => Date,
	tookPlace: (session: T) => boolean,
	count = latestRecapCount,
): T[] {
	return sessions
		.filter(tookPlace)
		.sort((a, b) => startOf(b).getTime() - startOf(a).getTime())
		.slice(0, count);
}

/** The newest `count` briefs by their `date` (a year, month or day: ISO order sorts them), newest first. */
export function latestBriefs<T extends { id: string; data: { date: string } }>(briefs: readonly T[], count = latestBriefCount): T[] {
	return [...briefs].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, count);
}
