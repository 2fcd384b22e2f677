import { describe, expect, it } from 'vitest';
import { encodePdfRequest, pdfBlocks, pdfFileName, sizeLabel, withoutPdfBlocks, withPdfSizes, type PdfRequest } from './pdf-blocks.ts';

const request: PdfRequest = {
	file: '/lo/briefs/x/x-lo.pdf',
	title: 'ການພົບປະ "ວັນສຸກ" & co',
	lang: 'lo',
	author: 'SUN CSA',
	print: true,
};
// As Astro writes the component, scope classes and all.
const block = (r: PdfRequest) =>
	`<p class="plh-pdf-link astro-abc" data-pagefind-ignore data-plh-pdf="${encodePdfRequest(r)}"><a href="${r.file}" download class="astro-abc">ດາວໂຫຼດ PDF (<span data-plh-pdf-size class="astro-abc"></span>)</a></p>`;
const page = (...blocks: string[]) => `<html lang="lo"><main><h1>T</h1>${blocks.join('')}<p>Body</p></main></html>`;

describe('PDF link blocks', () => {
	it('reads each block’s request back as the page wrote it, quotes and Lao included', () => {
		const other = { ...request, file: '/toolkit/whole/t.pdf', print: false };
		expect(pdfBlocks(page(block(request), block(other))).map((b) => b.request)).toEqual([request, other]);
	});

	it('fills in the size and drops the attribute the build reads', () => {
		const html = withPdfSizes(page(block(request)), () => 240_000, 'lo');
		expect(html).toContain('ດາວໂຫຼດ PDF (<span data-plh-pdf-size class="astro-abc">240 kB</span>)</a></p><p>Body</p>');
		expect(html).not.toContain('data-plh-pdf=');
		expect(pdfBlocks(html)).toEqual([]);
	});

	it('takes out a block whose PDF was not made, and nothing else', () => {
		expect(withPdfSizes(page(block(request)), () => undefined, 'lo')).toBe(page());
	});

	it('leaves the page as it was without its blocks for the cache key', () => {
		expect(withoutPdfBlocks(page(block(request)))).toBe(withoutPdfBlocks(page(block({ ...request, title: 'other' }))));
		expect(withoutPdfBlocks(page(block(request)))).toBe(page());
	});
});

describe('sizeLabel', () => {
	it('writes sizes in decimal units, as phones show them', () => {
		expect(sizeLabel(512, 'en')).toBe('512 B');
		expect(sizeLabel(1000, 'en')).toBe('1 kB');
		expect(sizeLabel(239_600, 'en')).toBe('240 kB');
		expect(sizeLabel(999_400, 'en')).toBe('999 kB');
		expect(sizeLabel(1_250_000, 'en')).toBe('1.3 MB');
		expect(sizeLabel(12_000_000, 'lo')).toBe('12 MB');
	});
});

describe('pdfFileName', () => {
	it('names a file in words a person receiving it understands, with the language unless it is the first', () => {
		expect(pdfFileName('friday-nutrition-hangouts', 'en', 'en')).toBe('friday-nutrition-hangouts.pdf');
		expect(pdfFileName('friday-nutrition-hangouts', 'lo', 'en')).toBe('friday-nutrition-hangouts-lo.pdf');
		expect(pdfFileName('Action Learning Set guide', 'lo', 'en')).toBe('action-learning-set-guide-lo.pdf');
		expect(pdfFileName('Café: “What works?”', 'en', 'en')).toBe('cafe-what-works.pdf');
	});

	it('does not repeat the language a name already ends with', () => {
		expect(pdfFileName('friday-nutrition-hangouts-lo', 'lo', 'en')).toBe('friday-nutrition-hangouts-lo.pdf');
	});

	it('falls back to a plain name when the title has no Latin letters', () => {
		expect(pdfFileName('ຄູ່ມື', 'lo', 'en')).toBe('document-lo.pdf');
		expect(pdfFileName('ຄູ່ມື', 'lo', 'en', 'toolkit')).toBe('toolkit-lo.pdf');
	});

	it('keeps names short', () => {
		expect(pdfFileName('word '.repeat(40), 'en', 'en').length).toBeLessThanOrEqual(84);
		expect(pdfFileName('word '.repeat(40), 'en', 'en')).not.toMatch(/-\.pdf$/);
	});
});
