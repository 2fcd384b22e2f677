/**
 * Where a link leads, written after it on paper, where nobody can follow it:
 * the address as a reader would type it, unless the link's text already
 * shows it. The page's HTML carries it in `data-print-href`; the print
 * stylesheet writes it out.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/** The attribute that holds a link's written-out target. */
export const targetAttribute = 'data-print-href';

/** An address as people read it: the non-ASCII letters of a Lao address shown as letters, not as %E0%BA…. */
function readable(address: string): string {
	try {
		return decodeURI(address);
	} catch {
		return address;
	}
}

/** A form of an address to compare text with: no scheme, no "www.", no trailing slash, any case. */
function comparable(text: string): string {
	return readable(text.trim())
		.toLowerCase()
		.replace(/^(https?:\/\/|mailto:|tel:)/, '')
		.replace(/^www\./, '')
		.replace(/\/$/, '');
}

/**
 * What to write after a link to `href` whose text is `text`, on the page at
 * `page` (its absolute address on the published site); `undefined` when
 * nothing should be written. Links within the site are written in full, since
 * a path means nothing on paper; other sites without their scheme
 * (`example.org/path`), as they are usually read out; mail and telephone
 * links as the address or the number.
 */
export function printedTarget(href: string, text: string, page: URL): string | undefined {
	if (href.trim() === '' || href.trim().startsWith('#')) return undefined;
	let url: URL;
	try {
		url = new URL(href.trim(), page);
	} catch {
		return undefined;
	}
	let target: string;
	if (url.protocol === 'mailto:' || url.protocol === 'tel:') {
		target = readable(url.pathname);
	} else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return undefined;
	} else if (url.origin === page.origin) {
		// A link to a place on this very page is followed by turning the page, not by an address.
		if (url.pathname === page.pathname && url.search === page.search) return undefined;
		target = readable(url.href);
	} else {
		target = readable(url.href.replace(/^https?:\/\//, ''));
		if (url.pathname === '/' && !url.search && !url.hash) target = target.replace(/\/$/, '');
	}
	const shown = comparable(text);
	return shown !== '' && shown.includes(comparable(target)) ? undefined : target;
}

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];

function textOf(node: Node): string {
	if (node.nodeName === '#text' && 'value' in node) return node.value;
	if (!('childNodes' in node)) return '';
	// An <svg> icon's <title> or a screen-reader-only label is no part of what a printed link shows.
	if ('attrs' in node && classes(node).includes('sr-only')) return '';
	return node.childNodes.map(textOf).join('');
}

function classes(element: Element): string[] {
	return (element.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page with `data-print-href` on each link in its `<main>` that needs its
 * target written out on paper. Only the start tags change: the rest of the
 * page is left byte for byte as it was. Links hidden in print
 * (`print:hidden`, Starlight's class) are left alone, as they never print.
 */
export function withPrintedTargets(html: string, page: URL): string {
	const start = html.search(/<main[\s>]/);
	const end = html.indexOf('</main>', start);
	if (start < 0 || end < 0) return html;
	const fragment = parseFragment(html.slice(start, end), { sourceCodeLocationInfo: true });
	const insertions: { at: number; text: string }[] = [];
	const walk = (node: Node) => {
		if (!('childNodes' in node)) return;
		if ('attrs' in node) {
			if (classes(node).includes('print:hidden')) return;
			const href = node.attrs.find((a) => a.name === 'href')?.value;
			const location = node.sourceCodeLocation?.startTag;
			if (node.tagName === 'a' && href !== undefined && location && !node.attrs.some((a) => a.name === targetAttribute)) {
				const target = printedTarget(href, textOf(node), page);
				// Just before the start tag's closing ">" (or "/>", which HTML allows and ignores).
				const close = start + location.endOffset - (html[start + location.endOffset - 2] === '/' ? 2 : 1);
				if (target) insertions.push({ at: close, text: ` ${targetAttribute}="${escapeAttribute(target)}"` });
			}
		}
		for (const child of node.childNodes) walk(child);
	};
	walk(fragment);
	// One pass over the page: inserting into the whole string once per link copied the page as many
	// times as it has links (the main thread's largest cost at N = 1,000; docs/profile-n1000.md).
	const pieces: string[] = [];
	let from = 0;
	for (const { at, text } of insertions) {
		pieces.push(html.slice(from, at), text);
		from = at;
	}
	pieces.push(html.slice(from));
	return pieces.join('');
}
