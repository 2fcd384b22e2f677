/**
 * The sanitiser against classic attack vectors (OWASP cheat-sheet style), one
 * case per payload, and against random HTML: whatever comes in, what goes out
 * holds only allow-listed elements, attributes and URL schemes, and nothing throws.
 */
import fc from 'fast-check';
import { html, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { normalizeRawTextEnds, sanitizeHtml, unsafeMarkdownFindings, unsafeMarkdownIn } from './sanitize-html.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];

/** What the site promises to publish at most (README, security section). */
const allowedElements = new Set(
	'p br hr div span h1 h2 h3 h4 h5 h6 strong em b i u s del ins sub sup small mark code pre kbd samp var blockquote q cite abbr dfn time ul ol li dl dt dd a img figure figcaption picture source table thead tbody tfoot tr th td caption details summary section input iframe'.split(
		' ',
	),
);
const allowedAttributes = new Set(
	'id class cite title datetime start reversed value href rel alt src width height loading decoding srcset type media sizes align colspan rowspan scope open checked disabled allowfullscreen sandbox'.split(
		' ',
	),
);
const urlAttributes = new Set(['href', 'src', 'cite', 'srcset']);
const safeScheme = (url: string) => {
	// eslint-disable-next-line no-control-regex -- as a browser reads it: control characters and spaces in a scheme are skipped
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();
	return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
};

/** Everything in the cleaned HTML that the allow-list does not name, read back as a browser would parse it. */
function outsideAllowList(cleaned: string): string[] {
	const found: string[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node) {
			if (!allowedElements.has(node.tagName) || node.namespaceURI !== html.NS.HTML) found.push(`<${node.tagName}>`);
			for (const { name, value } of node.attrs) {
				if (!allowedAttributes.has(name)) found.push(`${node.tagName}[${name}]`);
				const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
				if (urlAttributes.has(name) && !urls.every(safeScheme)) found.push(`${node.tagName}[${name}=${value}]`);
				if (name === 'class' && !/^(language-[\w+-]+\s*)+$/.test(value)) found.push(`class="${value}"`);
			}
		}
		if (node.nodeName === '#comment') found.push('a comment');
		if ('childNodes' in node) node.childNodes.forEach(visit);
		if ('content' in node) visit(node.content);
	};
	visit(parseFragment(cleaned));
	return found;
}

const vectors: [name: string, payload: string, mustNotContain: RegExp][] = [
	['an entity-encoded scheme', '<a href="jav&#x61;script:alert(1)">x</a>', /javascript|href/i],
	['a decimal entity scheme', '<a href="&#106;avascript:alert(1)">x</a>', /javascript|href/i],
	['a tab inside a scheme', '<a href="java\tscript:alert(1)">x</a>', /script|href/i],
	['a newline inside a scheme', '<a href="java\nscript:alert(1)">x</a>', /script|href/i],
	['an encoded tab inside a scheme', '<a href="java&#09;script:alert(1)">x</a>', /script|href/i],
	['leading control characters', '<a href="\u0001javascript:alert(1)">x</a>', /script|href/i],
	['a javascript: srcset', '<picture><source srcset="javascript:alert(1) 1x"><img src="/a.jpg"></picture>', /javascript|srcset/i],
	['a second srcset candidate with data:', '<picture><source srcset="/a.jpg 1x, data:image/svg+xml,x 2x"></picture>', /data:|srcset/i],
	['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /data:/i],
	['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript/i],
	['an SVG with a script', '<svg><script>alert(1)</script></svg>', /<svg|<script|alert/i],
	['an SVG onload', '<svg onload="alert(1)"></svg>', /<svg|onload/i],
	['an SVG anchor with xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /xlink|javascript/i],
	['MathML with a link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', /<math|javascript/i],
	['MathML that flips the namespace', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /<math|<style|onerror/i],
	['a <base>', '<base href="https://evil.example/">', /<base|evil/i],
	['a <meta http-equiv> refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', /<meta|refresh/i],
	['a <form action>', '<form action="https://evil.example/"><input name="q"><button>go</button></form>', /<form|action|<button|evil/i],
	['a button with formaction', '<button formaction="javascript:alert(1)">x</button>', /<button|formaction/i],
	['a style element with url()', '<style>body{background:url(javascript:alert(1))}</style>', /<style|url\(/i],
	['a style attribute with url()', '<div style="background:url(https://evil.example/x.png)">x</div>', /style|url\(/i],
	['a full-screen overlay', '<div style="position:fixed;inset:0;z-index:9999">cover</div>', /style|fixed/i],
	['an overlay made with a class', '<div class="sl-hidden fixed inset-0">cover</div>', /class/i],
	['a class on a link', '<a class="sl-link-button" href="/x">x</a>', /class/i],
	['a code class that is not a language', '<code class="language-js fixed">x</code>', /class/i],
	['a comment', '<!-- a comment --><p>x</p>', /<!--|comment/i],
	['a conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->', /<!--|script/i],
	['a script closed in capitals', '<SCRIPT>alert(1)</SCRIPT>', /script|alert/i],
	['a script closed with a space', '<script>alert(1)</ScRiPt >', /script|alert/i],
	['an onerror image', '<img src=x onerror=alert(1)>', /onerror/i],
	['an event handler with a slash before it', '<img src=x/onerror=alert(1)>', /\sonerror=/i],
	['a tag named after a prototype property', '<constructor title="x">hi</constructor>', /constructor/i],
	['__proto__ as a tag and attribute', '<__proto__ __proto__="x">hi</__proto__>', /<__proto__/i],
	[
		'toString and hasOwnProperty as attributes',
		'<p tostring="x" hasownproperty="y" constructor="z">hi</p>',
		/tostring|hasownproperty|constructor/i,
	],
	['valueOf as a tag', '<valueOf>hi</valueOf>', /valueof/i],
	['an iframe whose host only contains a video host', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>', /<iframe/i],
	['an iframe with a video host in its path', '<iframe src="https://evil.example/https://www.youtube.com/embed/x"></iframe>', /<iframe/i],
	['an iframe with a video host as its user name', '<iframe src="https://www.youtube.com:x@evil.example/embed/x"></iframe>', /<iframe/i],
	['an iframe over plain http', '<iframe src="http://www.youtube.com/embed/x"></iframe>', /<iframe/i],
	[
		'an iframe with srcdoc',
		'<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>alert(1)</script>"></iframe>',
		/srcdoc|<script/i,
	],
	['an object', '<object data="javascript:alert(1)"></object>', /<object|javascript/i],
	['an embed', '<embed src="javascript:alert(1)">', /<embed|javascript/i],
	['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">', /<link|evil/i],
	['a template', '<template><img src=x onerror=alert(1)></template>', /<template|onerror/i],
	['a noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /onerror/i],
	['an id that clobbers the site', '<a id="starlight__search" href="/x">x</a>', /starlight/i],
	['a target that opens a new window', '<a href="https://example.org" target="_blank">x</a>', /target/i],
];

describe('the sanitiser against attack vectors', () => {
	it.each(vectors)('removes %s', (_, payload, mustNotContain) => {
		const out = sanitizeHtml(payload);
		expect(out).not.toMatch(mustNotContain);
		expect(outsideAllowList(out)).toEqual([]);
	});

	it('keeps a protocol-relative link and marks it as external', () => {
		expect(sanitizeHtml('<a href="//example.org/x">x</a>')).toBe('<a href="//example.org/x" rel="nofollow noopener ugc">x</a>');
	});

	it('keeps a video player from a listed host, exactly that host', () => {
		expect(sanitizeHtml('<iframe src="https://player.vimeo.com/video/1"></iframe>')).toContain(
			'<iframe src="https://player.vimeo.com/video/1"',
		);
	});

	it('keeps the text of an element named after a prototype property', () => {
		expect(sanitizeHtml('<constructor title="x">hi</constructor>')).toBe('hi');
		expect(unsafeMarkdownIn('<constructor title="x">hi</constructor>\n<p toString="x">y</p>')).toEqual([]);
	});
});

describe('closing tags in capitals or with spaces', () => {
	it('are written as Markdown expects, outside fenced code only', () => {
		expect(normalizeRawTextEnds('<script>x</SCRIPT>\n<style>y</ScRiPt >\n```\n</SCRIPT>\n```')).toBe(
			'<script>x</script>\n<style>y</script>\n```\n</SCRIPT>\n```',
		);
	});

	it('leave the lines after them checked: an unsafe image below is found at its own line', () => {
		const body = 'Intro\n\n<SCRIPT>alert(1)</SCRIPT>\n\nMore text.\n\n<img src=x onerror=alert(2)>\n';
		expect(unsafeMarkdownFindings(body)).toEqual([
			{ what: 'a <script> element', line: 3 },
			{ what: 'an event handler (onerror)', line: 7 },
		]);
	});
});

describe('unsafe HTML is found at its own line', () => {
	it('names the line of each element, attribute and Markdown link, not the first line of the body', () => {
		const body =
			'First line.\n\n```html\n<script>shown as code</script>\n```\n\nA `<script>` in code.\n\n<div style="position:fixed">x</div>\n\n[click](javascript:alert(1))\n';
		expect(unsafeMarkdownFindings(body)).toEqual([
			{ what: 'a style attribute', line: 9 },
			{ what: 'a javascript: address', line: 11 },
		]);
	});
});

/** Pieces random HTML is made of: allowed and dangerous names, prototype names, schemes, quotes and brackets. */
const tagNames = [
	'p',
	'a',
	'img',
	'script',
	'SCRIPT',
	'style',
	'svg',
	'math',
	'iframe',
	'constructor',
	'__proto__',
	'toString',
	'div',
	'form',
	'base',
	'source',
	'code',
	'template',
];
const attributeNames = [
	'href',
	'src',
	'srcset',
	'style',
	'onerror',
	'onclick',
	'class',
	'id',
	'constructor',
	'__proto__',
	'hasOwnProperty',
	'xlink:href',
	'formaction',
	'action',
];
const values = [
	'javascript:alert(1)',
	'jav&#x61;script:x',
	'java\tscript:x',
	'data:text/html,x',
	'//evil.example',
	'https://www.youtube.com/embed/x',
	'position:fixed',
	'x',
	'language-js',
	'"',
	"'",
	'>',
];
const piece = fc.oneof(
	fc.constantFrom(...tagNames).map((tag) => `<${tag}`),
	fc.constantFrom(...tagNames).map((tag) => `</${tag}>`),
	fc.tuple(fc.constantFrom(...attributeNames), fc.constantFrom(...values)).map(([name, value]) => ` ${name}="${value}"`),
	fc.tuple(fc.constantFrom(...attributeNames), fc.constantFrom(...values)).map(([name, value]) => ` ${name}=${value}`),
	fc.constantFrom('>', '/>', '<!--', '-->', '<![CDATA[', ']]>', '&#x61;', '&lt;', '\n', ' ', '"', "'", '`'),
	fc.string({ maxLength: 6 }),
);

describe('random HTML', () => {
	it('never yields an element, attribute or URL scheme outside the allow-list, and never throws', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const html = pieces.join('');
				expect(outsideAllowList(sanitizeHtml(html))).toEqual([]);
				expect(() => unsafeMarkdownFindings(html)).not.toThrow();
			}),
			{ numRuns: 400 },
		);
	});
});
