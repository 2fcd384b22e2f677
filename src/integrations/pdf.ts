/**
 * Prints PDFs of the pages that ask for one (briefs, guides, the whole
 * toolkit) after the build, with Chromium, from the site's own print layout.
 * Each page marks its PDF link with a placeholder (src/components/PdfLink.astro);
 * this finds them, makes each PDF not already in the cache, a few pages at a
 * time, writes its metadata, zips each language's PDFs into an offline pack,
 * and fills every link with the file's size.
 * Runs after the share cards and before the policy and the search index,
 * which read the pages as this leaves them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Browser } from 'playwright-core';
import { chromiumArgs, chromiumMissingForPdfs, chromiumPath } from '../lib/print/chromium.ts';
import { contentTypeOf, distFileFor } from '../lib/print/dist-files.ts';
import { pdfBlocks, sizeLabel, withPdfSizes, type PdfRequest } from '../lib/print/pdf-blocks.ts';
import { lastPdfBuildFile, pdfCacheDir, pdfKey } from '../lib/print/pdf-cache.ts';
import { withMetadata } from '../lib/print/pdf-metadata.ts';
import { fillString, packIndexHtml, packNames, zipPack } from '../lib/print/offline-pack.ts';
import { isPackFile } from '../lib/print/pdf-targets.ts';
import { readSiteSettings } from '../config/site.ts';
import { readUiStrings } from '../loader/ui-strings-files.ts';
import { htmlFiles } from '../lib/built-pages.ts';
import { loadWhenNeeded } from '../lib/load-when-needed.ts';

/** `made`: PDFs printed by this build; `cached`: taken from the cache. `milliseconds`: the whole stage. */
export type PdfBuildStats = {
	pdfs: number;
	made: number;
	cached: number;
	milliseconds: number;
	files: { file: string; bytes: number; page: string; printMilliseconds?: number }[];
	/** The offline packs: one zip per language, with the PDFs its pages offer. */
	packs: { file: string; lang: string; bytes: number; pdfs: string[] }[];
};

type PrintJob = { request: PdfRequest; page: string; html: string };

const skip = () => process.env.PLH_PDF === '0';
/** Pages printed at once: each is a browser tab laying out a long page, so two fill a two-core machine. */
const parallelPages = () => Math.max(1, Number(process.env.PLH_PDF_PARALLEL) || 2);

const pageLang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';

function chromiumVersion(path: string): string {
	const run = spawnSync(path, ['--version'], { encoding: 'utf-8' });
	if (run.status !== 0) throw new Error(`${path} --version failed: ${run.stderr.trim()}`);
	return run.stdout.trim();
}

type SiteLinks = {
	jobs: PrintJob[];
	/** The PDFs each language's pages offer, by file. */
	offered: Map<string, Map<string, PdfRequest>>;
	/** The offline packs the pages link to, by file. */
	packs: Map<string, PdfRequest>;
};

/** The pages that are printed to a PDF, and every PDF and pack the pages link to, read from the built site. */
function readSiteLinks(dist: string, base: string): SiteLinks {
	const jobs = new Map<string, PrintJob>();
	const offered = new Map<string, Map<string, PdfRequest>>();
	const packs = new Map<string, PdfRequest>();
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf-8');
		if (!html.includes('data-plh-pdf')) continue;
		const page = `${base}${relative(dist, dirname(file)).split(sep).join('/')}/`.replace(/\/+$/, '/');
		const lang = pageLang(html);
		for (const { request } of pdfBlocks(html)) {
			if (isPackFile(request.file)) {
				packs.set(request.file, request);
				continue;
			}
			if (!offered.has(lang)) offered.set(lang, new Map());
			offered.get(lang)!.set(request.file, request);
			if (!request.print) continue;
			const other = jobs.get(request.file);
			if (other && other.page !== page) throw new Error(`Two pages print ${request.file}: ${other.page} and ${page}`);
			jobs.set(request.file, { request, page, html });
		}
	}
	return { jobs: [...jobs.values()], offered, packs };
}

/** Writes under another name first: a build sharing the cache never copies half a PDF. */
function writeWhole(file: string, bytes: Uint8Array) {
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, bytes);
	renameSync(partial, file);
}

async function printPage(browser: Browser, job: PrintJob, site: URL, base: string, dist: string, creator: string): Promise<Uint8Array> {
	// No service worker: its fetches would pass by the routes below, to the real address.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		// The page is opened at its published address, so its links and the printed address are the real ones;
		// its files come from dist/, and nothing else is fetched.
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			const file =
				url.origin === site.origin && url.pathname.startsWith(base) ? distFileFor(dist, url.pathname.slice(base.length)) : undefined;
			if (!file) return route.abort();
			return route.fulfill({ status: 200, contentType: contentTypeOf(file), body: readFileSync(file) });
		});
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		const response = await page.goto(new URL(job.page, site.origin).href, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`could not open ${job.page}`);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true });
		return await withMetadata(pdf, { title: job.request.title, lang: job.request.lang, author: job.request.author, creator });
	} finally {
		await context.close();
	}
}

export async function buildPdfs(root: string, dist: string, site: URL, base: string, creator: string): Promise<PdfBuildStats> {
	const started = performance.now();
	const links = readSiteLinks(dist, base);
	const { jobs } = links;
	const cache = pdfCacheDir(root);
	const version = jobs.length > 0 ? chromiumVersion(chromiumPath()) : '';
	const keyed = jobs.map((job) => ({
		job,
		cached: join(cache, `${pdfKey({ request: job.request, html: job.html, dist, base, chromium: version })}.pdf`),
	}));
	const toPrint = keyed.filter(({ cached }) => !existsSync(cached));
	const printTimes = new Map<string, number>();
	if (toPrint.length > 0) {
		const { chromium } = loadWhenNeeded<typeof import('playwright-core')>('playwright-core');
		const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
		try {
			const queue = [...toPrint];
			const worker = async () => {
				for (let next = queue.shift(); next; next = queue.shift()) {
					const pageStarted = performance.now();
					try {
						writeWhole(next.cached, await printPage(browser, next.job, site, base, dist, creator));
					} catch (error) {
						throw new Error(`Could not make the PDF of ${next.job.page}: ${(error as Error).message}`, { cause: error });
					}
					printTimes.set(next.job.request.file, Math.round(performance.now() - pageStarted));
				}
			};
			await Promise.all(Array.from({ length: Math.min(parallelPages(), toPrint.length) }, worker));
		} finally {
			await browser.close();
		}
	}
	const sizes = new Map<string, number>();
	for (const { job, cached } of keyed) {
		const target = join(dist, job.request.file.slice(base.length));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
		sizes.set(job.request.file, statSync(target).size);
	}
	const packs = writePacks(root, dist, site, base, links, sizes);
	for (const pack of packs) sizes.set(pack.file, pack.bytes);
	fillPdfLinks(dist, (file) => sizes.get(file));
	const stats: PdfBuildStats = {
		pdfs: jobs.length,
		made: toPrint.length,
		cached: jobs.length - toPrint.length,
		milliseconds: Math.round(performance.now() - started),
		files: keyed.map(({ job }) => ({
			file: job.request.file,
			page: job.page,
			bytes: sizes.get(job.request.file)!,
			...(printTimes.has(job.request.file) ? { printMilliseconds: printTimes.get(job.request.file)! } : {}),
		})),
		packs,
	};
	mkdirSync(dirname(lastPdfBuildFile(root)), { recursive: true });
	writeFileSync(lastPdfBuildFile(root), JSON.stringify(stats));
	return stats;
}

/**
 * One zip per language the pages link a pack for: the PDFs that language's
 * pages offer (its own, and the default language's where a page has no
 * translation), with an index page in the language.
 */
function writePacks(
	root: string,
	dist: string,
	site: URL,
	base: string,
	links: SiteLinks,
	sizes: Map<string, number>,
): PdfBuildStats['packs'] {
	if (links.packs.size === 0) return [];
	const strings = readUiStrings(root);
	const settings = readSiteSettings(root);
	return [...links.packs.values()].map(({ file, lang }) => {
		const offered = [...(links.offered.get(lang)?.values() ?? [])].filter((pdf) => sizes.has(pdf.file));
		const names = packNames(offered.map((pdf) => pdf.file));
		const text = (key: string, values: Record<string, string>) =>
			fillString(strings.get(lang, key) ?? strings.get('en', key) ?? key, values);
		const siteName = (settings.title as Record<string, string>)[lang] ?? Object.values(settings.title)[0]!;
		const home = new URL(file.slice(0, file.lastIndexOf('/') + 1), site.origin).href;
		const index = packIndexHtml({
			lang,
			heading: text('pack.heading', { site: siteName }),
			intro: text('pack.intro', { url: home }),
			entries: offered.map((pdf) => ({
				name: names.get(pdf.file)!,
				title: pdf.title,
				lang: pdf.lang,
				size: sizeLabel(sizes.get(pdf.file)!, lang),
			})),
		});
		const zip = zipPack(
			index,
			offered.map((pdf) => ({ name: names.get(pdf.file)!, bytes: readFileSync(join(dist, pdf.file.slice(base.length))) })),
		);
		const target = join(dist, file.slice(base.length));
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, zip);
		return { file, lang, bytes: zip.length, pdfs: offered.map((pdf) => pdf.file) };
	});
}

/** Gives every PDF link its size, and takes out the links whose PDF was not made. */
function fillPdfLinks(dist: string, sizeOf: (file: string) => number | undefined): number {
	let removed = 0;
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf-8');
		if (!html.includes('data-plh-pdf')) continue;
		const filled = withPdfSizes(html, sizeOf, pageLang(html));
		removed += pdfBlocks(html).filter(({ request }) => sizeOf(request.file) === undefined).length;
		writeFileSync(file, filled);
	}
	return removed;
}

export default function pdfs(): AstroIntegration {
	let root = '';
	let site: URL | undefined;
	let base = '/';
	let creator = '';
	return {
		name: 'peer-learning-hub:pdf',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ? new URL(config.site) : undefined;
				base = config.base.replace(/\/?$/, '/');
				creator = typeof config.site === 'string' ? config.site : '';
			},
			'astro:build:start': () => {
				// Said before the pages are built, not after: without the engine the build could not finish.
				if (skip() || existsSync(chromiumPath())) return;
				console.error(chromiumMissingForPdfs(chromiumPath()));
				process.exit(1);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				if (skip()) {
					const removed = fillPdfLinks(dist, () => undefined);
					logger.warn(`PDFs: PLH_PDF=0, so none were made and ${removed} links to them were left out; do not publish this build.`);
					return;
				}
				const stats = await buildPdfs(root, dist, site ?? new URL('http://localhost/'), base, creator);
				const bytes = stats.files.reduce((sum, f) => sum + f.bytes, 0);
				const packs = stats.packs.map((p) => `${p.lang} ${Math.round(p.bytes / 1000)} kB`).join(', ');
				logger.info(
					`PDFs: ${stats.pdfs} in all (${Math.round(bytes / 1000)} kB), ${stats.made} made, ${stats.cached} from the cache, in ${stats.milliseconds} ms; offline packs: ${packs || 'none'}.`,
				);
			},
		},
	};
}
