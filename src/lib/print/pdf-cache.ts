/**
 * A PDF is made once: it is kept under a hash of what the printed page
 * contains (its HTML without its own PDF links, the CSS it links), the
 * metadata written into it, the print design's version and Chromium's
 * version, so an unchanged site rebuilds without opening a browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutPdfBlocks, type PdfRequest } from './pdf-blocks.ts';

/** Raise when the way PDFs are made changes (page.pdf options, metadata), so cached ones are made again. */
export const pdfDesignVersion = 1;

/** Where made PDFs are kept: PLH_PDF_CACHE, which builds of several copies of a site may share, or the site's own. */
export function pdfCacheDir(root: string): string {
	const dir = process.env.PLH_PDF_CACHE ?? join(root, 'node_modules/.cache/peer-learning-hub/pdfs');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** What the last build of the site at `root` made, for the tests and the benchmark. */
export const lastPdfBuildFile = (root: string) => join(root, 'node_modules/.cache/peer-learning-hub/last-pdf-build.json');

const stylesheetLinks = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const hrefOf = /\bhref="([^"]+)"/;

/** The site's own stylesheets a page links, as files in `dist` (`base` is the site's base path). */
export function linkedStylesheets(html: string, dist: string, base: string): { href: string; file: string }[] {
	return [...html.matchAll(stylesheetLinks)]
		.map((match) => hrefOf.exec(match[0])?.[1])
		.filter((href): href is string => !!href && href.startsWith(base))
		.map((href) => ({ href, file: join(dist, href.slice(base.length)) }));
}

export function pdfKey(input: { request: PdfRequest; html: string; dist: string; base: string; chromium: string }): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ design: pdfDesignVersion, chromium: input.chromium, request: input.request }));
	hash.update(withoutPdfBlocks(input.html));
	for (const { href, file } of linkedStylesheets(input.html, input.dist, input.base)) {
		hash.update(href);
		if (existsSync(file)) hash.update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 32);
}
