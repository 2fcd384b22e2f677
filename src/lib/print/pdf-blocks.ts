/**
 * The PDF links pages carry. A page that has a PDF, or links to one, renders
 * a placeholder block whose `data-plh-pdf` attribute says which file, and
 * whether this page is the one printed to make it. The size is only known
 * once the PDF exists, so the build fills it in afterwards, or takes the
 * block out whole when PDFs are skipped.
 */

/** What a page asks of the PDF build. `print`: this page is printed to make `file`; otherwise it only links to it. */
export type PdfRequest = {
	/** The PDF's path in the built site, under the base path: `/briefs/x/x.pdf`. */
	file: string;
	title: string;
	lang: string;
	author: string;
	print: boolean;
};

/** Where the link's text puts the size; a word no translation contains, so it survives `t()` untouched. */
export const sizeSlot = 'PLHPDFSIZE';

/** The attribute value: URI-encoded JSON, which no HTML escaping changes. */
export const encodePdfRequest = (request: PdfRequest): string => encodeURIComponent(JSON.stringify(request));

const block = /<(p|div) class="plh-pdf-link[^"]*"[^>]*? data-plh-pdf="([^"]*)"[^>]*>[\s\S]*?<\/\1>/g;
const sizeSpan = /(<span data-plh-pdf-size[^>]*>)<\/span>/;

export type PdfBlock = { request: PdfRequest; html: string };

export function pdfBlocks(html: string): PdfBlock[] {
	return [...html.matchAll(block)].map((match) => ({ html: match[0], request: JSON.parse(decodeURIComponent(match[2]!)) as PdfRequest }));
}

/** The page as it would be without its PDF links: what a PDF's cache key reads, since the links' sizes come from the PDF. */
export const withoutPdfBlocks = (html: string): string => html.replace(block, '');

/**
 * Fills each block's size from `sizeOf` (the file's bytes) and drops the
 * attribute the build reads; a block whose PDF was not made is removed.
 */
export function withPdfSizes(html: string, sizeOf: (file: string) => number | undefined, lang: string): string {
	return html.replace(block, (whole, _tag: string, encoded: string) => {
		const request = JSON.parse(decodeURIComponent(encoded)) as PdfRequest;
		const bytes = sizeOf(request.file);
		if (bytes === undefined) return '';
		return whole
			.replace(` data-plh-pdf="${encoded}"`, '')
			.replace(sizeSpan, (_span, open: string) => `${open}${sizeLabel(bytes, lang)}</span>`);
	});
}

/** "240 kB", "1.2 MB": decimal units, as phones and WhatsApp show a file's size. */
export function sizeLabel(bytes: number, lang: string): string {
	const format = (value: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
	if (bytes < 1000) return `${format(bytes, 0)} B`;
	if (bytes < 1_000_000) return `${format(Math.max(1, Math.round(bytes / 1000)), 0)} kB`;
	return `${format(bytes / 1_000_000, 1)} MB`;
}

/**
 * A file name a person receiving it on WhatsApp understands: the words of
 * `name` (in Latin letters; other letters are dropped), and the language
 * when it is not the site's first one. `fallback` when nothing is left.
 */
export function pdfFileName(name: string, lang: string, defaultLang: string, fallback = 'document'): string {
	const words =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80)
			.replace(/-+$/, '') || fallback;
	return `${words}${lang === defaultLang || words.endsWith(`-${lang}`) ? '' : `-${lang}`}.pdf`;
}
