import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePdfRequest, type PdfRequest } from './pdf-blocks.ts';
import { linkedStylesheets, pdfKey } from './pdf-cache.ts';

const request: PdfRequest = { file: '/briefs/x/x.pdf', title: 'X', lang: 'en', author: 'A', print: true };
const dist = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, '_astro/site.css'), 'body { color: black }');
const block = (size: string) =>
	`<p class="plh-pdf-link" data-pagefind-ignore data-plh-pdf="${encodePdfRequest(request)}"><a href="/x.pdf">PDF (<span data-plh-pdf-size>${size}</span>)</a></p>`;
const html = (body: string, extra = '') =>
	`<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="https://elsewhere.example/x.css">${extra}</head><body>${body}</body></html>`;
const key = (page: string, more: Partial<Parameters<typeof pdfKey>[0]> = {}) =>
	pdfKey({ request, html: page, dist, base: '/', chromium: 'Chromium 140', ...more });

describe('pdfKey', () => {
	it('is the same for the same page, whatever its own PDF link says', () => {
		expect(key(html(`<h1>X</h1>${block('')}`))).toBe(key(html(`<h1>X</h1>${block('240 kB')}`)));
	});

	it('changes with the page’s text, its metadata, the CSS it links and the engine', () => {
		const page = html('<h1>X</h1>');
		const first = key(page);
		expect(key(html('<h1>Y</h1>'))).not.toBe(first);
		expect(key(page, { request: { ...request, author: 'B' } })).not.toBe(first);
		expect(key(page, { chromium: 'Chromium 141' })).not.toBe(first);
		writeFileSync(join(dist, '_astro/site.css'), 'body { color: navy }');
		expect(key(page)).not.toBe(first);
	});

	it('reads only the site’s own stylesheets, under its base path', () => {
		expect(linkedStylesheets(html(''), dist, '/').map((s) => s.href)).toEqual(['/_astro/site.css']);
		expect(linkedStylesheets(html('').replace('/_astro/', '/hub/_astro/'), dist, '/hub/')).toEqual([
			{ href: '/hub/_astro/site.css', file: join(dist, '_astro/site.css') },
		]);
	});
});
