/**
 * Makes the HTML of a contributor's Markdown safe to publish. Pull requests
 * are untrusted, and Markdown lets raw HTML through, so the rendered HTML is
 * parsed the way a browser parses it (parse5), rebuilt from an allow-list of
 * elements and attributes, and serialised again:
 *
 * - no script, style, form, object, SVG or foreign frame: dropped with their content;
 * - no event handler, no style attribute, no class but a code block's language and the few
 *   Starlight's own Markdown gives headings and asides (anchor links, notes);
 * - a heading's anchor link is left out of the search index: its "Section titled …" text repeats
 *   the heading for screen readers, and is no word of the page;
 * - links and images only to http(s), mailto and tel, or relative addresses;
 * - frames only from a short list of video hosts.
 */
import { html as parse5Html, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

/** Raise when the rules change: cached entries rendered under the old rules are rendered again. */
export const sanitizerVersion = 5;

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

/** Elements kept with the attributes listed (beyond those allowed everywhere). */
const allowedList: Record<string, string[]> = {
	p: ['class'],
	br: [],
	hr: [],
	div: ['class'],
	span: ['class'],
	h1: ['id'],
	h2: ['id'],
	h3: ['id'],
	h4: ['id'],
	h5: ['id'],
	h6: ['id'],
	strong: [],
	em: [],
	b: [],
	i: [],
	u: [],
	s: [],
	del: [],
	ins: [],
	sub: [],
	sup: ['id'],
	small: [],
	mark: [],
	code: ['class'],
	pre: ['class'],
	kbd: [],
	samp: [],
	var: [],
	blockquote: ['cite'],
	q: ['cite'],
	cite: [],
	abbr: ['title'],
	dfn: ['title'],
	time: ['datetime'],
	ul: [],
	ol: ['start', 'reversed'],
	li: ['id', 'value'],
	dl: [],
	dt: [],
	dd: [],
	a: ['href', 'title', 'id', 'class'],
	img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
	figure: [],
	figcaption: [],
	picture: [],
	source: ['srcset', 'type', 'media', 'sizes', 'width', 'height'],
	table: [],
	thead: [],
	tbody: [],
	tfoot: [],
	tr: [],
	th: ['align', 'colspan', 'rowspan', 'scope'],
	td: ['align', 'colspan', 'rowspan'],
	caption: [],
	details: ['open'],
	summary: [],
	section: ['id'],
	aside: ['class', 'aria-label'],
	input: ['type', 'checked'],
	iframe: ['src', 'title', 'width', 'height', 'allowfullscreen', 'loading'],
};

/**
 * The same list as Maps and Sets: looked up in a plain object, a tag or
 * attribute named after Object's prototype (`constructor`, `__proto__`,
 * `toString`) would find a function instead of nothing.
 */
const allowed: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	Object.entries(allowedList).map(([tag, attributes]) => [tag, new Set(attributes)]),
);
const noAttributes: ReadonlySet<string> = new Set();

/** Dropped whole, content and all; any other unknown element is unwrapped and its text kept. */
const dropped = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'object',
	'embed',
	'applet',
	'form',
	'button',
	'textarea',
	'select',
	'option',
	'svg',
	'math',
	'link',
	'meta',
	'base',
	'frame',
	'frameset',
	'head',
	'title',
]);

const urlAttributes = new Set(['href', 'src', 'cite', 'srcset']);

/**
 * Classes Starlight's Markdown processing gives a toolkit page: heading
 * wrappers with their anchor link (its "Section titled …" text is for screen
 * readers only) and the boxes of `:::note` and its kind. Without them that
 * text shows and notes lose their box. They only style; none positions
 * anything over the page.
 */
const starlightClasses = new Set([
	'sl-heading-wrapper',
	...[1, 2, 3, 4, 5, 6].map((level) => `level-h${level}`),
	'sl-anchor-link',
	'sl-anchor-icon',
	'sr-only',
	'starlight-aside',
	...['note', 'tip', 'caution', 'danger'].map((kind) => `starlight-aside--${kind}`),
	'starlight-aside__title',
	'starlight-aside__content',
]);

function isAllowedClass(tag: string, value: string): boolean {
	const names = value.trim().split(/\s+/);
	if (tag === 'code' || tag === 'pre') return names.every((name) => /^language-[\w+-]+$/.test(name));
	return names.every((name) => starlightClasses.has(name));
}

/** Hosts whose video players may be embedded. */
export const videoHosts = ['https://www.youtube-nocookie.com/embed/', 'https://www.youtube.com/embed/', 'https://player.vimeo.com/video/'];

/** Whether a link or image address is safe: http(s), mailto, tel, or relative; never javascript: or data:. */
export function isSafeUrl(value: string): boolean {
	// Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
	// eslint-disable-next-line no-control-regex -- matching control characters is the point: browsers skip them inside a scheme
	const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
	return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/**
 * Astro marks images written in Markdown with an `__ASTRO_IMAGE_` attribute it
 * later turns into an optimised <img>; it is kept only for the images the
 * Markdown itself referenced, never for one a contributor wrote by hand.
 */
const astroImage = '__astro_image_';

function isOwnImage(value: string, localImages: readonly string[]): boolean {
	try {
		const { src } = JSON.parse(value) as { src?: unknown };
		return typeof src === 'string' && localImages.includes(src);
	} catch {
		return false;
	}
}

function keepAttribute(element: Element, name: string, value: string, localImages: readonly string[]): boolean {
	const tag = element.tagName;
	if (tag === 'img' && name === astroImage) return isOwnImage(value, localImages);
	if (!(allowed.get(tag) ?? noAttributes).has(name)) return false;
	if (urlAttributes.has(name)) {
		const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
		if (!urls.every(isSafeUrl)) return false;
	}
	if (name === 'class') return isAllowedClass(tag, value);
	if (name === 'id') return !/^(starlight|plh|_top)/i.test(value);
	if (tag === 'input' && name === 'type') return value === 'checkbox';
	return true;
}

/**
 * A frame is kept when its address, parsed as a browser parses it, is on a
 * listed host (exactly, not as a prefix: `www.youtube.com.evil.example` is
 * another host) over https, under the player's path.
 */
function isAllowedFrame(element: Element): boolean {
	const src = element.attrs.find((a) => a.name === 'src')?.value ?? '';
	let url: URL;
	try {
		url = new URL(src);
	} catch {
		return false;
	}
	if (url.username || url.password || url.port) return false;
	return videoHosts.some((host) => {
		const allowedUrl = new URL(host);
		return url.protocol === 'https:' && url.hostname === allowedUrl.hostname && url.pathname.startsWith(allowedUrl.pathname);
	});
}

/** What cleaning removed, in words a contributor understands, and where in the source it starts (when known). */
type Removed = (what: string, offset?: number) => void;

function clean(parent: Parent, localImages: readonly string[], removed: Removed = () => {}): void {
	const children: Node[] = [];
	for (const node of parent.childNodes) {
		if (node.nodeName === '#comment') continue;
		if (!('tagName' in node)) {
			children.push(node);
			continue;
		}
		const tag = node.tagName;
		if (dropped.has(tag) || (tag === 'iframe' && !isAllowedFrame(node)) || node.namespaceURI !== parse5Html.NS.HTML) {
			removed(
				tag === 'iframe' ? 'a frame from a site that is not a video host' : `a <${tag}> element`,
				node.sourceCodeLocation?.startOffset,
			);
			continue;
		}
		clean(node, localImages, removed);
		if (!allowed.has(tag)) {
			// An unknown element: keep what it says, not what it is.
			for (const child of node.childNodes) child.parentNode = parent;
			children.push(...node.childNodes);
			continue;
		}
		node.attrs = node.attrs.filter((attribute) => {
			if (keepAttribute(node, attribute.name, attribute.value, localImages)) return true;
			const at = node.sourceCodeLocation?.attrs?.[attribute.name]?.startOffset ?? node.sourceCodeLocation?.startOffset;
			if (attribute.name.startsWith('on')) removed(`an event handler (${attribute.name})`, at);
			else if (attribute.name === 'style') removed('a style attribute', at);
			else if (urlAttributes.has(attribute.name)) removed(`a ${attribute.value.trim().split(':')[0]}: address`, at);
			return false;
		});
		if (tag === 'a' && node.attrs.some((a) => a.name === 'class' && a.value.trim().split(/\s+/).includes('sl-anchor-link'))) {
			node.attrs.push({ name: 'data-pagefind-ignore', value: '' });
		}
		if (tag === 'a' && node.attrs.some((a) => a.name === 'href' && /^(https?:)?\/\//i.test(a.value))) {
			node.attrs.push({ name: 'rel', value: 'nofollow noopener ugc' });
		}
		if (tag === 'iframe') node.attrs.push({ name: 'sandbox', value: 'allow-scripts allow-same-origin allow-presentation' });
		if (tag === 'input') node.attrs.push({ name: 'disabled', value: '' });
		children.push(node);
	}
	parent.childNodes = children;
}

/** `localImages`: the image paths the Markdown referenced (Astro's `metadata.localImagePaths`). */
export function sanitizeHtml(html: string, { localImages = [] as readonly string[] } = {}): string {
	const fragment = parseFragment(html);
	clean(fragment, localImages);
	// HTML attribute names are case-insensitive, but Astro looks for its marker in capitals.
	return serialize(fragment).replace(/<img __astro_image_=/g, '<img __ASTRO_IMAGE_=');
}

/** Something the site would remove from a body, and the line of the body (from 1) where it starts. */
export interface UnsafeFinding {
	what: string;
	line: number;
}

function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
	return line;
}

function unsafeHtmlFindings(html: string): UnsafeFinding[] {
	const found: UnsafeFinding[] = [];
	clean(parseFragment(html, { sourceCodeLocationInfo: true }), [], (what, offset) => found.push({ what, line: lineAt(html, offset ?? 0) }));
	return found;
}

// eslint-disable-next-line no-control-regex -- a browser skips control characters in a scheme, so the scheme is named without them
const schemeNoise = /[\s\u0000-\u001f]/g;

/** Code is blanked out, not cut, so that every offset still points at the same line. */
const blank = (code: string): string => code.replace(/[^\n]/g, ' ');

/**
 * What the site would remove from a Markdown body, each at its own line, found
 * without rendering it (so the submission form can say it too): raw HTML
 * outside code, and links or images in Markdown syntax to javascript:, data:
 * or similar addresses.
 */
export function unsafeMarkdownFindings(markdown: string): UnsafeFinding[] {
	const outsideCode = normalizeRawTextEnds(markdown)
		// A fence closes at a line of at least as many of its marks: ``` inside ```` is text.
		.replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, blank)
		.replace(/`[^`\n]*`/g, blank);
	const found = unsafeHtmlFindings(outsideCode);
	// A destination in angle brackets may hold spaces and tabs, which a browser drops from a scheme: `[x](<java\tscript:…>)`.
	for (const match of outsideCode.matchAll(/\]\(\s*(?:<([^<>\n]*)>|([^)\s]+))/g)) {
		const address = match[1] ?? match[2]!;
		if (!isSafeUrl(address)) {
			found.push({
				what: `a ${address.replace(schemeNoise, '').split(':')[0]!.toLowerCase()}: address`,
				line: lineAt(outsideCode, match.index),
			});
		}
	}
	const seen = new Set<string>();
	return found.filter(({ what, line }) => !seen.has(`${line} ${what}`) && seen.add(`${line} ${what}`)).sort((a, b) => a.line - b.line);
}

/** What the site would remove from a Markdown body, each thing named once. */
export function unsafeMarkdownIn(markdown: string): string[] {
	return [...new Set(unsafeMarkdownFindings(markdown).map((finding) => finding.what))];
}

/**
 * Markdown ends a `<script>`, `<style>`, `<pre>` or `<textarea>` block only at
 * its closing tag written in lower case and without spaces; `</SCRIPT>` or
 * `</ScRiPt >` leaves the block open to the end of the body, so the rest was
 * published as unrendered text and its images went unchecked. Such closing
 * tags are written the way Markdown expects before it renders the body
 * (outside fenced code, where they are text to show).
 */
export function normalizeRawTextEnds(markdown: string): string {
	let fence: string | undefined;
	return markdown
		.split('\n')
		.map((line) => {
			const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
			if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
				fence = fence === undefined ? marker : undefined;
				return line;
			}
			if (fence !== undefined) return line;
			return line.replace(/<\/\s*(script|style|pre|textarea)\s*>/gi, (_, tag: string) => `</${tag.toLowerCase()}>`);
		})
		.join('\n');
}
