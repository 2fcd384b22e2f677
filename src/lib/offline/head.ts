/**
 * What each page's <head> gains for offline reading: its language's web app
 * manifest (which also names the language's service worker, for the script
 * that registers it) and the browser bar's colours.
 */
import { prefixOf, type SiteLang } from '../../i18n/locales.ts';
import { themeColours } from './web-app-manifest.ts';

type HeadEntry = { tag: 'link' | 'meta'; attrs: Record<string, string> };

/** `/`, `/lo/`: where a language's manifest, service worker and offline page live, with the base. */
export function languageRoot(lang: SiteLang, base: string): string {
	const prefix = prefixOf(lang);
	return `${base}${prefix ? `${prefix}/` : ''}`;
}

export function offlineHead(lang: SiteLang, base: string): HeadEntry[] {
	const root = languageRoot(lang, base);
	return [
		{ tag: 'link', attrs: { rel: 'manifest', href: `${root}manifest.webmanifest`, 'data-service-worker': `${root}sw.js` } },
		{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: themeColours.light } },
		{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: themeColours.dark } },
	];
}
