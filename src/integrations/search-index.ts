/**
 * Builds the Pagefind search index after the site is built, in place of
 * Starlight's own run: each page is indexed from a copy whose Lao (and other
 * no-space) text has a boundary between every unit, so a word from the middle
 * of a paragraph is an index entry of its own. The served pages are untouched.
 * Beside the index, each language's list of words, which the search page
 * fetches only when a search finds nothing, to try a close spelling.
 *
 * Pagefind keeps a language's index apart from the others', and one Pagefind
 * service parses one page at a time. So each language is indexed on a worker
 * thread with a service of its own, side by side, and the parts are then
 * joined into one bundle whose entry file lists every language.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/built-pages.ts';
import { prepareHtmlForIndex } from '../lib/segment/html.ts';
import { pageWords, searchWordsFile, WordCounts } from '../lib/search-spelling.ts';
import { runOnWorker } from './worker-thread.ts';

/** Pages without `data-pagefind-body` (lists, the home page, search itself) are not indexed. */
const indexedPage = /data-pagefind-body/;

const htmlLang = /<html\b[^>]*\slang="([^"]+)"/;

async function check<T extends { errors: string[] }>(response: Promise<T>, what: string): Promise<T> {
	const result = await response;
	if (result.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${result.errors.join('; ')}`);
	return result;
}

/** One language's pages, indexed by one Pagefind service into a folder of its own. */
export type LanguagePart = { lang: string; files: string[]; outputPath: string };

/** What indexing a part gives back: its pages, and the words of each language in it (for ./search-spelling.ts). */
export type PartIndexed = { pages: number; words: [lang: string, words: string[]][] };

/**
 * Indexes one part's pages and writes its bundle. Pagefind's service answers one request at a
 * time, in the order they arrive, so several files in flight give the same index as one at a time, while this
 * thread reads and segments the next page as Pagefind parses the last. The Pagefind module keeps one service per
 * thread: run this on a worker thread of its own (./search-index-worker.ts).
 */
export async function indexLanguage(dir: string, part: LanguagePart, filesInFlight: number): Promise<PartIndexed> {
	try {
		const { index } = await check(pagefind.createIndex({}), 'start');
		if (!index) throw new Error('Pagefind returned no index');
		let next = 0;
		let pages = 0;
		const words = new Map<string, WordCounts>();
		// Each lane takes the next file and sends it without awaiting in between, so files reach
		// Pagefind in the sorted order whatever order the answers come back in.
		const lane = async () => {
			while (next < part.files.length) {
				const file = part.files[next++]!;
				const html = readFileSync(file, 'utf-8');
				if (!indexedPage.test(html)) continue;
				const sourcePath = relative(dir, file).split(sep).join('/');
				const lang = htmlLang.exec(html)?.[1] ?? '';
				if (!words.has(lang)) words.set(lang, new WordCounts());
				words.get(lang)!.add(pageWords(html));
				await check(index.addHTMLFile({ sourcePath, content: prepareHtmlForIndex(html) }), `index ${sourcePath}`);
				pages++;
			}
		};
		await Promise.all(Array.from({ length: filesInFlight }, lane));
		await check(index.writeFiles({ outputPath: part.outputPath }), 'write the index');
		return { pages, words: [...words].map(([lang, counts]) => [lang, counts.list()]) };
	} finally {
		await pagefind.close();
	}
}

/** The language of a built page, read from the start of its file, where `<html lang>` is. */
function pageLanguage(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(2048);
		const read = readSync(fd, head, 0, head.length, 0);
		return htmlLang.exec(head.toString('utf-8', 0, read))?.[1] ?? '';
	} finally {
		closeSync(fd);
	}
}

/**
 * The site's pages by language. Pages whose languages share a first subtag (`en`, `en-GB`) go to one part, so
 * however Pagefind names its languages, no two parts can hold an index of the same language.
 */
function languageParts(dir: string): LanguagePart[] {
	const byLang = new Map<string, string[]>();
	for (const file of htmlFiles(dir)) {
		const lang = pageLanguage(file).split('-')[0]!.toLowerCase();
		if (!byLang.has(lang)) byLang.set(lang, []);
		byLang.get(lang)!.push(file);
	}
	return [...byLang.keys()].sort().map((lang) => ({
		lang,
		files: byLang.get(lang)!,
		outputPath: join(dir, `pagefind-part-${lang || 'no-lang'}`),
	}));
}

const indexOnWorker = (root: string, dir: string, part: LanguagePart, filesInFlight: number) =>
	runOnWorker<PartIndexed>(root, 'search-index-worker.ts', { dir, part, filesInFlight }, `The search index of "${part.lang}"`);

type PagefindEntry = { version: string; languages: Record<string, unknown> };

/**
 * Moves every part's files into one bundle. Files each part writes alike (Pagefind's scripts and WebAssembly)
 * are kept once; the rest are named by their content. The entry file lists the languages of every part.
 */
function joinParts(parts: LanguagePart[], output: string): void {
	rmSync(output, { recursive: true, force: true });
	let entry: PagefindEntry | undefined;
	for (const part of parts) {
		const partEntry = JSON.parse(readFileSync(join(part.outputPath, 'pagefind-entry.json'), 'utf-8')) as PagefindEntry;
		for (const lang of Object.keys(partEntry.languages)) {
			if (entry && lang in entry.languages) throw new Error(`Two parts of the search index both hold the language "${lang}"`);
		}
		entry = entry ? { ...entry, languages: { ...entry.languages, ...partEntry.languages } } : partEntry;
		for (const file of readdirSync(part.outputPath, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())) {
			const from = join(file.parentPath, file.name);
			const to = join(output, relative(part.outputPath, from));
			mkdirSync(dirname(to), { recursive: true });
			renameSync(from, to);
		}
	}
	if (entry) writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(entry));
}

export type SearchIndexOptions = {
	/** Pages sent to a language's Pagefind service before its first answer. */
	filesInFlight?: number;
	/** Languages indexed side by side, each by a service of its own; 1 indexes them one after another, in half the memory. */
	languagesAtOnce?: number;
};

/** Indexes the built site in `dir`; `root` is the project's, where the worker's source is. */
export async function buildSearchIndex(
	dir: string,
	root: string,
	{ filesInFlight = 8, languagesAtOnce = availableParallelism() }: SearchIndexOptions = {},
): Promise<{ pages: number }> {
	const parts = languageParts(dir);
	let next = 0;
	const indexed: PartIndexed[] = [];
	const lane = async () => {
		while (next < parts.length) indexed.push(await indexOnWorker(root, dir, parts[next++]!, filesInFlight));
	};
	try {
		await Promise.all(Array.from({ length: Math.max(1, Math.min(Math.floor(languagesAtOnce), parts.length)) }, lane));
		joinParts(parts, join(dir, 'pagefind'));
	} finally {
		for (const part of parts) rmSync(part.outputPath, { recursive: true, force: true });
	}
	for (const [lang, words] of indexed.flatMap((part) => part.words)) writeFileSync(join(dir, searchWordsFile(lang)), JSON.stringify(words));
	return { pages: indexed.reduce((sum, part) => sum + part.pages, 0) };
}

export default function searchIndex(): AstroIntegration {
	let root = '';
	return {
		name: 'peer-learning-hub:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				// PLH_INDEX_PARALLEL, or one language per core: side by side is faster and holds every language's index at once.
				const languagesAtOnce = Number(process.env.PLH_INDEX_PARALLEL) || undefined;
				const { pages } = await buildSearchIndex(fileURLToPath(dir), root, { languagesAtOnce });
				logger.info(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
