/**
 * Which files of a built site a language's service worker keeps: the pages
 * its offline page links to, and the styles, scripts and fonts those pages
 * load. Pure functions over HTML and CSS text; the integration reads the files.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

function elements(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) found.push(node);
		// Not into a <template>'s content: nothing in it is shown or loaded.
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html));
	return found;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function within(element: Element, marker: string): boolean {
	for (let node: Element['parentNode'] = element; node && 'attrs' in node; node = node.parentNode) {
		if (node.attrs.some((a) => a.name === marker)) return true;
	}
	return false;
}

/** A path on this site ("/x/", not "//host/x" nor "https://…"), without its query and fragment. */
function sitePath(href: string | undefined): string | undefined {
	if (!href || !href.startsWith('/') || href.startsWith('//')) return undefined;
	return href.split(/[?#]/)[0];
}

/** The pages the offline page lists: the links inside its `data-offline-list` element, in order, each once. */
export function offlineListLinks(html: string): string[] {
	const links = elements(html)
		.filter((e) => e.tagName === 'a' && within(e, 'data-offline-list'))
		.map((e) => sitePath(attr(e, 'href')))
		.filter((href): href is string => href !== undefined);
	return [...new Set(links)];
}

/** What a page loads to be read: its style sheets (print ones too), its scripts and its icon. */
export function assetsOfPage(html: string): string[] {
	const assets = elements(html).flatMap((e) => {
		const rel = (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/);
		if (e.tagName === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload') || rel.includes('icon'))) {
			return [sitePath(attr(e, 'href'))];
		}
		if (e.tagName === 'script') return [sitePath(attr(e, 'src'))];
		return [];
	});
	return [...new Set(assets.filter((a): a is string => a !== undefined))];
}

/** The files a style sheet or a script pulls in as it runs: CSS `url()`s, and a module's static imports (not `import()`, which waits for a reader's action). */
export function referencesOf(text: string, kind: 'css' | 'js'): string[] {
	const pattern = kind === 'css' ? /url\(\s*["']?([^"')]+?)["']?\s*\)/g : /(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g;
	return [...new Set([...text.matchAll(pattern)].map((m) => m[1]!).filter((ref) => !ref.startsWith('data:')))];
}

/** The file in `dist/` that serves a page's path below the base: `lo/toolkit/` → `lo/toolkit/index.html`. */
export function pageFile(pathBelowBase: string): string {
	const path = pathBelowBase.replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The path below the base of a site path, or undefined when it lies outside the base. */
export function belowBase(path: string, base: string): string | undefined {
	return path.startsWith(base) ? path.slice(base.length) : undefined;
}

/** The storage each language's service worker may take; the build fails above it. */
export const precacheBudgetBytes = 5_000_000;

/** A line for the build when a language's precache is over budget, or undefined when it fits. */
export function overBudget(lang: string, bytes: number, budget = precacheBudgetBytes): string | undefined {
	if (bytes <= budget) return undefined;
	const mb = (n: number) => (n / 1_000_000).toFixed(2);
	return `Offline reading: the ${lang} service worker would keep ${mb(bytes)} MB, over its ${mb(budget)} MB budget; keep fewer recaps (latestRecapCount in src/lib/offline/reading-list.ts) or make the pages lighter.`;
}
