/**
 * Builds the Pagefind search index after the site is built, in place of
 * Starlight's own run: each page is indexed from a copy whose Lao (and other
 * no-space) text has a boundary between every unit, so a word from the middle
 * of a paragraph is an index entry of its own. The served pages are untouched.
 * Beside the index, each language's list of words, which the search page
 * fetches only when a search finds nothing, to try a close spelling.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/segment/html.ts';
import { pageWords, searchWordsFile, WordCounts } from '../lib/search-spelling.ts';

/** Pages without `data-pagefind-body` (lists, the home page, search itself) are not indexed. */
const indexedPage = /data-pagefind-body/;

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name))
		.sort();
}

async function check<T extends { errors: string[] }>(response: Promise<T>, what: string): Promise<T> {
	const result = await response;
	if (result.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${result.errors.join('; ')}`);
	return result;
}

/**
 * Pagefind's service answers one request at a time, in the order they arrive, so
 * several files in flight give the same index as one at a time, while this
 * process reads and segments the next page as Pagefind parses the last.
 */
const defaultFilesInFlight = 8;

export async function buildSearchIndex(dir: string, filesInFlight = defaultFilesInFlight): Promise<{ pages: number }> {
	try {
		const { index } = await check(pagefind.createIndex({}), 'start');
		if (!index) throw new Error('Pagefind returned no index');
		const files = htmlFiles(dir);
		let next = 0;
		let pages = 0;
		const words = new Map<string, WordCounts>();
		// Each lane takes the next file and sends it without awaiting in between, so files reach
		// Pagefind in the sorted order whatever order the answers come back in.
		const lane = async () => {
			while (next < files.length) {
				const file = files[next++]!;
				const html = readFileSync(file, 'utf-8');
				if (!indexedPage.test(html)) continue;
				const sourcePath = relative(dir, file).split(sep).join('/');
				const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
				if (!words.has(lang)) words.set(lang, new WordCounts());
				words.get(lang)!.add(pageWords(html));
				await check(index.addHTMLFile({ sourcePath, content: prepareHtmlForIndex(html) }), `index ${sourcePath}`);
				pages++;
			}
		};
		await Promise.all(Array.from({ length: filesInFlight }, lane));
		await check(index.writeFiles({ outputPath: join(dir, 'pagefind') }), 'write the index');
		for (const [lang, counts] of words) writeFileSync(join(dir, searchWordsFile(lang)), JSON.stringify(counts.list()));
		return { pages };
	} finally {
		await pagefind.close();
	}
}

export default function searchIndex(): AstroIntegration {
	return {
		name: 'peer-learning-hub:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pages } = await buildSearchIndex(fileURLToPath(dir));
				logger.info(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
