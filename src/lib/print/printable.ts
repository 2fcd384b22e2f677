/**
 * Which pages are worth printing: the ones people take to a meeting, file or
 * forward. They get the Print button and the printed footer with the page's
 * address and QR code; every page prints without the site's furniture.
 */
import { siteLocales } from '../../i18n/locales.ts';

/**
 * Paths within a language, without the base path: the toolkit, the guides,
 * each brief, and each series with the pages under it (its plans and years in
 * review). The lists of briefs and series are not: they are for browsing.
 */
const printablePaths = [/^toolkit\//, /^guides\/[^/]+\//, /^briefs\/[^/]+\/$/, /^series\/[^/]+\//];

/** `briefs/x/` from `/hub/lo/briefs/x/`: the path of a page in its language, under `base`. */
export function pathInLanguage(pathname: string, base: string): string {
	const root = base.replace(/\/?$/, '/');
	const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
	const [first = '', ...others] = rest.split('/');
	return siteLocales.some((l) => l.prefix && l.prefix === first) ? others.join('/') : rest;
}

export function isPrintable(pathname: string, base: string): boolean {
	const path = pathInLanguage(pathname, base);
	return printablePaths.some((pattern) => pattern.test(path));
}
