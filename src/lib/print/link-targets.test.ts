import { describe, expect, it } from 'vitest';
import { printedTarget, withPrintedTargets } from './link-targets.ts';

const page = new URL('https://hub.example.org/briefs/friday-hangouts/');

describe('the target printed after a link', () => {
	it('writes another site without its scheme, and this site in full', () => {
		expect(printedTarget('https://www.example.org/path/to?x=1', 'the report', page)).toBe('www.example.org/path/to?x=1');
		expect(printedTarget('http://example.org/', 'their site', page)).toBe('example.org');
		expect(printedTarget('https://example.org/#top', 'their site', page)).toBe('example.org/#top');
		expect(printedTarget('/organisations/save-the-children/', 'Save the Children', page)).toBe(
			'https://hub.example.org/organisations/save-the-children/',
		);
		expect(printedTarget('../other/', 'Another brief', page)).toBe('https://hub.example.org/briefs/other/');
		expect(printedTarget('/glossary/#plp', 'PLP', page)).toBe('https://hub.example.org/glossary/#plp');
	});

	it('shows the letters of a Lao address, not its percent-encoding', () => {
		expect(printedTarget('/lo/sessions/%E0%BA%81%E0%BA%B2%E0%BA%99/', 'ການ', page)).toBe('https://hub.example.org/lo/sessions/ການ/');
		expect(printedTarget('/a%ZZ/', 'broken', page)).toBe('https://hub.example.org/a%ZZ/');
	});

	it('writes the address of a mail link and the number of a telephone link', () => {
		expect(printedTarget('mailto:info@example.org', 'Write to us', page)).toBe('info@example.org');
		expect(printedTarget('tel:+85621123456', 'Call', page)).toBe('+85621123456');
	});

	it('writes nothing where the text already shows the address', () => {
		expect(printedTarget('https://www.suncivilsociety.com/', 'https://www.suncivilsociety.com/', page)).toBeUndefined();
		expect(printedTarget('https://www.suncivilsociety.com/', 'suncivilsociety.com', page)).toBeUndefined();
		expect(printedTarget('https://example.org/report', ' Example.org/Report ', page)).toBeUndefined();
		expect(printedTarget('mailto:info@example.org', 'info@example.org', page)).toBeUndefined();
		expect(printedTarget('https://example.org/report', 'See example.org/report for more', page)).toBeUndefined();
		expect(printedTarget('/briefs/', 'https://hub.example.org/briefs/', page)).toBeUndefined();
	});

	it('writes an address whose text shows only part of it', () => {
		expect(printedTarget('https://example.org/report', 'example.org', page)).toBe('example.org/report');
	});

	it('writes nothing for a place on the same page, nor for links that lead nowhere on paper', () => {
		expect(printedTarget('#overview', 'Overview', page)).toBeUndefined();
		expect(printedTarget('/briefs/friday-hangouts/#overview', 'Overview', page)).toBeUndefined();
		expect(printedTarget('/briefs/friday-hangouts/', 'This brief', page)).toBeUndefined();
		expect(printedTarget('', 'Nothing', page)).toBeUndefined();
		expect(printedTarget('javascript:void(0)', 'Script', page)).toBeUndefined();
		expect(printedTarget('http://[bad', 'Broken', page)).toBeUndefined();
	});

	it('writes a link to the same page with another query, which is another page', () => {
		expect(printedTarget('/briefs/friday-hangouts/?lang=lo', 'Lao', page)).toBe('https://hub.example.org/briefs/friday-hangouts/?lang=lo');
	});

	it('writes the address of a link with no text (a picture)', () => {
		expect(printedTarget('https://example.org/photo', '', page)).toBe('example.org/photo');
	});
});

describe('links marked in a page', () => {
	const html = (main: string) =>
		`<!doctype html><html><head><link href="/x.css" rel="stylesheet"></head><body><header><a href="/">Home</a></header><main data-pagefind-body>${main}</main><footer><a href="/about/">About</a></footer></body></html>`;

	it('marks only the links inside <main> that need it, changing nothing else', () => {
		const source = html(
			'<p>See <a href="https://example.org/r" class="x">the report</a> and <a href="https://example.org/">example.org</a>, <a href="#top">top</a>.</p>',
		);
		expect(withPrintedTargets(source, page)).toBe(source.replace('class="x">', 'class="x" data-print-href="example.org/r">'));
	});

	it('reads the text a link shows, leaving out screen-reader-only words', () => {
		const source = html('<a href="https://example.org/r"><span class="sr-only">Open </span><b>example.org/r</b></a>');
		expect(withPrintedTargets(source, page)).toBe(source);
		const icon = html('<a href="https://example.org/r"><svg><title>Link</title></svg><span class="sr-only">example.org/r</span></a>');
		expect(withPrintedTargets(icon, page)).toContain('<a href="https://example.org/r" data-print-href="example.org/r">');
	});

	it('escapes the target for its attribute', () => {
		const source = html('<a href="https://example.org/?a=1&amp;b=%22x%22">query</a>');
		expect(withPrintedTargets(source, page)).toContain('data-print-href="example.org/?a=1&amp;b=&quot;x&quot;"');
	});

	it('leaves alone links hidden in print, links already marked, and pages without <main>', () => {
		const hidden = html('<div class="sl-flex print:hidden"><a href="https://example.org/edit">Edit page</a></div>');
		expect(withPrintedTargets(hidden, page)).toBe(hidden);
		const marked = html('<a href="https://example.org/r" data-print-href="">the report</a>');
		expect(withPrintedTargets(marked, page)).toBe(marked);
		const none = '<html><body><a href="https://example.org/r">the report</a></body></html>';
		expect(withPrintedTargets(none, page)).toBe(none);
	});

	it('marks every link of many, each in its own place', () => {
		const source = html('<a href="/a/">A</a><ul><li><a href="/b/">B</a></li></ul><a href="/c/"/>');
		expect(withPrintedTargets(source, page)).toContain(
			'<a href="/a/" data-print-href="https://hub.example.org/a/">A</a><ul><li><a href="/b/" data-print-href="https://hub.example.org/b/">B</a></li></ul><a href="/c/" data-print-href="https://hub.example.org/c/"/>',
		);
	});
});
