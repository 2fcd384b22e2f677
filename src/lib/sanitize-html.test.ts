import { describe, expect, it } from 'vitest';
import { isSafeUrl, sanitizeHtml } from './sanitize-html.ts';

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
