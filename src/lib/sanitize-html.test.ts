import { describe, expect, it } from 'vitest';
import { isSafeUrl, normalizeRawTextEnds, sanitizeHtml, unsafeMarkdownFindings } from './sanitize-html.ts';

describe('sanitizeHtml', () => {
	it('keeps what Markdown produces', () => {
		const html =
			'<h2 id="what-we-learnt">What we learnt</h2><p>A <strong>bold</strong> <a href="https://example.org/x">link</a> and <code>code</code>.</p><ul><li>one</li></ul><pre><code class="language-js">x</code></pre><img src="/_astro/a.webp" alt="A photo" width="10" height="10"><table><tr><td align="left">1</td></tr></table>';
		expect(sanitizeHtml(html)).toBe(
			html
				.replace('href="https://example.org/x"', 'href="https://example.org/x" rel="nofollow noopener ugc"')
				.replace('<table><tr>', '<table><tbody><tr>')
				.replace('</tr></table>', '</tr></tbody></table>'),
		);
	});

	it('keeps every element and attribute a guide, brief or recap may use, as written', () => {
		// What Markdown, footnotes, task lists, pictures, tables and Starlight's notes give, with each allowed attribute.
		const markup = [
			'<h1 id="a">1</h1><h3 id="c">3</h3><h4 id="d">4</h4><h5 id="e">5</h5><h6 id="f">6</h6>',
			'<p><b>b</b><i>i</i><u>u</u><s>s</s><del>d</del><ins>n</ins><sub>2</sub><sup id="fnref-1">1</sup><small>s</small><mark>m</mark><kbd>k</kbd><samp>s</samp><var>v</var><br><em>e</em></p><hr>',
			'<blockquote cite="https://example.org/q"><p>q</p></blockquote><q cite="https://example.org/q">q</q><cite>c</cite><abbr title="Civil society organisation">CSO</abbr><dfn title="Peer learning platform">PLP</dfn><time datetime="2026-12-04">4 Dec</time>',
			'<ol start="3" reversed=""><li id="fn-1" value="3">x</li></ol><dl><dt>t</dt><dd>d</dd></dl>',
			'<a href="https://example.org/" title="Top" id="back">top</a>',
			'<img src="/_astro/a.webp" alt="A" title="T" width="10" height="10" loading="lazy" decoding="async">',
			'<figure><picture><source srcset="/_astro/a.avif 1x, /_astro/b.avif 2x" type="image/avif" media="(min-width: 40em)" sizes="100vw" width="10" height="10"><img src="/_astro/a.webp" alt="A"></picture><figcaption>c</figcaption></figure>',
			'<table><caption>c</caption><thead><tr><th align="left" colspan="2" rowspan="1" scope="col">h</th></tr></thead><tbody><tr><td align="right" colspan="1" rowspan="2">d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>',
			'<details open=""><summary>s</summary>x</details><section id="footnotes"><p>x</p></section><aside class="starlight-aside starlight-aside--tip" aria-label="Tip"><p>x</p></aside>',
			'<ul><li><input type="checkbox" checked="" disabled=""> done</li></ul>',
		].join('');
		expect(sanitizeHtml(markup)).toBe(markup.replace('id="back">', 'id="back" rel="nofollow noopener ugc">'));
		const video =
			'<iframe src="https://player.vimeo.com/video/1" title="V" width="640" height="360" allowfullscreen="" loading="lazy"></iframe>';
		expect(sanitizeHtml(video)).toBe(
			video.replace('></iframe>', ' sandbox="allow-scripts allow-same-origin allow-presentation"></iframe>'),
		);
	});

	it.for(['script', 'style', 'template', 'noscript', 'object', 'applet', 'button', 'textarea', 'select', 'option', 'svg', 'math', 'title'])(
		'drops <%s> with everything inside it',
		(tag) => {
			expect(sanitizeHtml(`<p>a<${tag}>hidden</${tag}>b</p>`)).toBe('<p>ab</p>');
		},
	);

	it('keeps a code block’s language class and nothing that only looks like one', () => {
		expect(sanitizeHtml('<pre class="language-js"><code class="language-c++ language-ts">x</code></pre>')).toBe(
			'<pre class="language-js"><code class="language-c++ language-ts">x</code></pre>',
		);
		for (const cls of ['xlanguage-js', 'language-js!', 'language-', 'sr-only']) {
			expect(sanitizeHtml(`<code class="${cls}">x</code>`), cls).toBe('<code>x</code>');
		}
	});

	it('marks links to other sites nofollow, and no link within the site', () => {
		const rel = ' rel="nofollow noopener ugc"';
		for (const href of ['https://example.org/', 'http://example.org/', '//example.org/', 'HTTPS://EXAMPLE.ORG/']) {
			expect(sanitizeHtml(`<a href="${href}">x</a>`), href).toBe(`<a href="${href}"${rel}>x</a>`);
		}
		for (const href of ['/sessions/', '/a//b', '#top', 'mailto:secretariat@example.org']) {
			expect(sanitizeHtml(`<a href="${href}">x</a>`), href).toBe(`<a href="${href}">x</a>`);
		}
		// An address elsewhere in the tag is not where the link goes.
		expect(sanitizeHtml('<a href="/x" title="https://example.org/">x</a>')).toBe('<a href="/x" title="https://example.org/">x</a>');
		// Only a heading's own anchor link is left out of the search index.
		expect(sanitizeHtml('<a href="#x" class="sr-only">x</a>')).toBe('<a href="#x" class="sr-only">x</a>');
	});

	it.for([
		'https://user@www.youtube.com/embed/abc',
		'https://user:secret@www.youtube.com/embed/abc',
		'https://:secret@www.youtube.com/embed/abc',
		'https://www.youtube.com:8443/embed/abc',
		'http://www.youtube.com/embed/abc',
		'https://www.youtube.com/watch?v=abc',
		'https://www.youtube.com.evil.example/embed/abc',
		'not a url',
	])('drops a video frame from %s', (src) => {
		expect(sanitizeHtml(`<iframe src="${src}"></iframe>`)).toBe('');
	});

	it('removes scripts, handlers, dangerous URLs, foreign frames, SVG scripts and overlays', () => {
		const payloads = [
			'<script>alert(1)</script>',
			'<img src=x onerror="alert(2)">',
			'<a href="javascript:alert(3)">click</a>',
			'<a href="java&#x09;script:alert(4)">click</a>',
			'<a href=" JAVASCRIPT:alert(5)">click</a>',
			'<iframe src="https://evil.example/"></iframe>',
			'<svg><script>alert(6)</script></svg>',
			'<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>',
			'<img src="data:image/svg+xml;base64,PHN2Zz4=">',
			'<form action="https://evil.example/"><input name=x><button>go</button></form>',
			'<scr<script>ipt>alert(7)</script>',
			'<details open ontoggle=alert(9)>x</details>',
			'<a href="#" id="starlight__sidebar">clobber</a>',
			// Last: an unclosed <math> swallows everything after it, as it does in a browser.
			'<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>',
		].join('\n');
		const out = sanitizeHtml(payloads);
		expect(out).not.toMatch(/<script|<svg|<iframe|<form|<math|<style|\son\w+=|javascript:|data:|style=|id="starlight/i);
		expect(out).toContain('overlay');
		expect(out).toContain('<details open="">x</details>');
	});

	it('allows video players from the listed hosts only, sandboxed', () => {
		expect(sanitizeHtml('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Recording"></iframe>')).toBe(
			'<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Recording" sandbox="allow-scripts allow-same-origin allow-presentation"></iframe>',
		);
		// Whatever the order of its attributes.
		expect(sanitizeHtml('<iframe title="Recording" src="https://player.vimeo.com/video/1"></iframe>')).toBe(
			'<iframe title="Recording" src="https://player.vimeo.com/video/1" sandbox="allow-scripts allow-same-origin allow-presentation"></iframe>',
		);
	});

	it('keeps the classes Starlight gives headings and notes, and no other', () => {
		const heading =
			'<div class="sl-heading-wrapper level-h2"><h2 id="why">Why</h2><a class="sl-anchor-link" href="#why"><span aria-hidden="true" class="sl-anchor-icon"></span><span class="sr-only">Section titled “Why”</span></a></div>';
		// The anchor's "Section titled …" is for screen readers: kept on the page, left out of the search index.
		expect(sanitizeHtml(heading)).toBe(
			heading.replace(' aria-hidden="true"', '').replace('href="#why">', 'href="#why" data-pagefind-ignore="">'),
		);
		const note =
			'<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title">Note</p><div class="starlight-aside__content"><p>Take time.</p></div></aside>';
		expect(sanitizeHtml(note)).toBe(note);
		// A class outside the list (a framework's full-screen overlay, say) takes the whole attribute with it.
		expect(sanitizeHtml('<div class="sr-only fixed inset-0">x</div>')).toBe('<div>x</div>');
		expect(sanitizeHtml('<code class="sr-only">x</code>')).toBe('<code>x</code>');
		expect(sanitizeHtml('<p class="language-js">x</p>')).toBe('<p>x</p>');
	});

	it('keeps task-list checkboxes, disabled', () => {
		expect(sanitizeHtml('<input type="checkbox" checked disabled> done')).toBe('<input type="checkbox" checked="" disabled=""> done');
		expect(sanitizeHtml('<input type="text" value="x">')).toBe('<input disabled="">');
	});
});

describe('images written in Markdown', () => {
	const marked = '<img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;A&quot;,&quot;src&quot;:&quot;./images/a.jpg&quot;,&quot;index&quot;:0}">';
	it('keep Astro’s marker for the images the Markdown referenced', () => {
		expect(sanitizeHtml(marked, { localImages: ['./images/a.jpg'] })).toBe(marked);
	});
	it('lose it when the image was written as raw HTML', () => {
		expect(sanitizeHtml(marked, { localImages: [] })).toBe('<img>');
	});
});

describe('isSafeUrl', () => {
	it('allows web, mail and relative addresses only', () => {
		expect(['https://a.org', 'http://a.org', 'mailto:a@b.org', 'tel:+856', '/x/', '#top', 'x.jpg', '//cdn.org/x'].every(isSafeUrl)).toBe(
			true,
		);
		expect(['javascript:x', 'JaVaScRiPt:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', ' javascript:x'].some(isSafeUrl)).toBe(
			false,
		);
	});
});

describe('the rules behind the lists', () => {
	it('drops a form with everything in it, as it could pose as the site asking for a password', () => {
		expect(sanitizeHtml('<p>a</p><form action="/x">Sign in to continue</form><p>b</p>')).toBe('<p>a</p><p>b</p>');
	});

	it('keeps Starlight’s note classes, however the spaces between them fall', () => {
		const note = (classes: string) => `<aside class="${classes}"><p class="starlight-aside__title">Note</p></aside>`;
		expect(sanitizeHtml(note('starlight-aside starlight-aside--note'))).toBe(note('starlight-aside starlight-aside--note'));
		expect(sanitizeHtml(note(' starlight-aside  starlight-aside--note '))).toBe(note(' starlight-aside  starlight-aside--note '));
		expect(sanitizeHtml('<aside class="starlight-aside evil-overlay"><p>x</p></aside>')).toBe('<aside><p>x</p></aside>');
		for (const kind of ['note', 'tip', 'caution', 'danger']) {
			expect(sanitizeHtml(note(`starlight-aside starlight-aside--${kind}`)), kind).toBe(note(`starlight-aside starlight-aside--${kind}`));
		}
		expect(sanitizeHtml(note('starlight-aside starlight-aside--warning'))).toBe(
			'<aside><p class="starlight-aside__title">Note</p></aside>',
		);
	});

	it('checks a quotation’s source as an address', () => {
		expect(sanitizeHtml('<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>')).toBe('<blockquote><p>q</p></blockquote>');
		expect(sanitizeHtml('<q cite="https://example.org/q">q</q>')).toBe('<q cite="https://example.org/q">q</q>');
	});

	it('reads only address attributes as addresses: a title may say "Note: …"', () => {
		expect(sanitizeHtml('<abbr title="Note: a CSO">CSO</abbr>')).toBe('<abbr title="Note: a CSO">CSO</abbr>');
		expect(sanitizeHtml('<a href="/search/?q=time:zone">x</a>')).toBe('<a href="/search/?q=time:zone">x</a>');
	});

	it('refuses only ids that start like the site’s own', () => {
		expect(sanitizeHtml('<h2 id="notes-plh">x</h2><h2 id="starlight-x">y</h2>')).toBe('<h2 id="notes-plh">x</h2><h2>y</h2>');
	});

	it('drops a frame without an address, and Astro’s image marker on anything but a Markdown image', () => {
		expect(sanitizeHtml('<iframe></iframe><p>x</p>')).toBe('<p>x</p>');
		const marker = '__ASTRO_IMAGE_="{&quot;src&quot;:&quot;./a.jpg&quot;}"';
		expect(sanitizeHtml(`<a href="/x" ${marker}>x</a>`, { localImages: ['./a.jpg'] })).toBe('<a href="/x">x</a>');
		expect(sanitizeHtml('<img __ASTRO_IMAGE_="not json">', { localImages: ['./a.jpg'] })).toBe('<img>');
		expect(sanitizeHtml('<img __ASTRO_IMAGE_="{&quot;src&quot;:7}">', { localImages: ['./a.jpg'] })).toBe('<img>');
	});
});

describe('unsafe HTML in a Markdown body, for the check', () => {
	it('names each thing once per line, in the order of the lines', () => {
		const body = ['Intro', '<script>a()</script><script>b()</script>', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>'].join(
			'\n',
		);
		expect(unsafeMarkdownFindings(body)).toEqual([
			{ what: 'a <script> element', line: 2 },
			{ what: 'a javascript: address', line: 3 },
			{ what: 'an event handler (onerror)', line: 4 },
		]);
	});

	it('leaves code alone, in fences of backticks or tildes, closed only by their own marker', () => {
		const fenced = (open: string, inner: string, close: string) =>
			['```'.replace('```', open), inner, close, '<script>x()</script>'].join('\n');
		expect(unsafeMarkdownFindings(fenced('```', '<script>shown()</script>', '```'))).toEqual([{ what: 'a <script> element', line: 4 }]);
		expect(unsafeMarkdownFindings(fenced('~~~', '<script>shown()</script>', '~~~'))).toEqual([{ what: 'a <script> element', line: 4 }]);
		// A tilde line inside a backtick fence does not close it.
		expect(normalizeRawTextEnds(['```', '~~~', '</SCRIPT>', '```', '</SCRIPT>'].join('\n'))).toBe(
			['```', '~~~', '</SCRIPT>', '```', '</script>'].join('\n'),
		);
		expect(normalizeRawTextEnds('   ```\n</Style >\n```\n</Style >')).toBe('   ```\n</Style >\n```\n</style>');
		expect(normalizeRawTextEnds('    ```\n</Pre>')).toBe('    ```\n</pre>');
		expect(normalizeRawTextEnds('x ```\n</TEXTAREA>')).toBe('x ```\n</textarea>');
		expect(normalizeRawTextEnds('~50 people came\n</SCRIPT>')).toBe('~50 people came\n</script>');
		expect(normalizeRawTextEnds('</ Script>')).toBe('</script>');
		// A fence closes at a run of its marks at least as long; a shorter run inside is text.
		expect(normalizeRawTextEnds(['````', '```', '</SCRIPT>', '`````', '</SCRIPT>'].join('\n'))).toBe(
			['````', '```', '</SCRIPT>', '`````', '</script>'].join('\n'),
		);
		// After a fence closes, the next fence opens again.
		expect(normalizeRawTextEnds(['~~~', '~~~', '~~~', '</SCRIPT>', '~~~', '</SCRIPT>'].join('\n'))).toBe(
			['~~~', '~~~', '~~~', '</SCRIPT>', '~~~', '</script>'].join('\n'),
		);
	});

	it('finds what a fence only seems to hide: a fence mark inside a line, a single tilde, a longer fence’s shorter marks', () => {
		expect(unsafeMarkdownFindings('x ```\n<script>a()</script>\n```')).toEqual([{ what: 'a <script> element', line: 2 }]);
		expect(unsafeMarkdownFindings('~50 people came\n<script>a()</script>\n~40 stayed')).toEqual([{ what: 'a <script> element', line: 2 }]);
		// Inside a fence, marks in the middle of a line close nothing: the script is still shown as code.
		expect(unsafeMarkdownFindings('```\nwrite ``` to fence\n<script>shown()</script>\n```')).toEqual([]);
		// Inline code splitting a tag name leaves no tag behind.
		expect(unsafeMarkdownFindings('<`b`script>x</script>')).toEqual([]);
	});

	it('finds unsafe addresses in Markdown links however they are written, and only those', () => {
		expect(unsafeMarkdownFindings('[a](https://example.org) [b](./notes.md) [c](<./with space.md>) [d](mailto:a@example.org)')).toEqual([]);
		expect(unsafeMarkdownFindings('[a](<java\tscript:alert(1)>)\n[b](java\u0001script:alert(1))\n[c](DATA:text/html,x)')).toEqual([
			{ what: 'a javascript: address', line: 1 },
			{ what: 'a javascript: address', line: 2 },
			{ what: 'a data: address', line: 3 },
		]);
		expect(unsafeMarkdownFindings('<a href=" javascript:alert(1)">x</a>')).toEqual([{ what: 'a javascript: address', line: 1 }]);
	});

	it('names the same thing on the same line once, however many times it is written there', () => {
		expect(unsafeMarkdownFindings('[a](javascript:a()) and [b](javascript:b())\n[c](javascript:c())')).toEqual([
			{ what: 'a javascript: address', line: 1 },
			{ what: 'a javascript: address', line: 2 },
		]);
	});
});
