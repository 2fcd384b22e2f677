/**
 * The PDFs of the bundled site, read back with pdf.js and pdf-lib: one for
 * each brief and guide in each language it is written in, one for the
 * whole toolkit and one for each series' plan in each language; each opens, has the page's title, language and author, is
 * tagged, embeds its fonts, holds its Lao as text broken between words, and
 * is linked from its pages with its size (the cache that makes each once:
 * caches.test.ts). A build without Chromium says in one line how to get it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFBool } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sizeLabel } from '../../src/lib/print/pdf-blocks.ts';
import { lastPdfBuildFile } from '../../src/lib/print/pdf-cache.ts';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import type { PdfBuildStats } from '../../src/integrations/pdf.ts';
import { launchBrowser } from '../../scripts/browser/browser.ts';
import { listDist } from '../support/dist-files.ts';
import { fixturesDir, prepareSite, runScript, sharedSite, testNow, type SiteCopy } from '../support/site-build.ts';

let bundled: SiteCopy;
let stats: PdfBuildStats;

beforeAll(async () => {
	bundled = await sharedSite('bundled-site');
	stats = JSON.parse(readFileSync(lastPdfBuildFile(bundled.root), 'utf-8')) as PdfBuildStats;
});

type Front = { title: string; lang?: string; translationOf?: string; source?: { publisher: string } };
const front = (file: string) => parseMarkdownFile(readFileSync(file, 'utf-8')).data as Front;
const markdownIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : []);
const siteTitle = (root: string, lang: string) =>
	new RegExp(`^title:\\n(?:  \\w+: .*\\n)*?  ${lang}: (.*)$`, 'm').exec(readFileSync(join(root, 'content/site.yaml'), 'utf-8'))?.[1];

const uiString = (root: string, lang: string, key: string) =>
	(JSON.parse(readFileSync(join(root, `content/i18n/${lang}.json`), 'utf-8')) as Record<string, string>)[key]!;

/** What the content says each PDF should be: printed from which page, with which title, language and author. */
function expectedPdfs(root: string) {
	const content = join(root, 'content');
	const briefs = markdownIn(join(content, 'briefs')).map((file) => {
		const data = front(join(content, 'briefs', file));
		const id = data.translationOf ?? file.replace(/\.md$/, '');
		return {
			page: `${data.lang === 'en' ? '' : `/${data.lang}`}/briefs/${id}/`,
			title: data.title,
			lang: data.lang!,
			author: data.source!.publisher,
		};
	});
	const docs = ['en', 'lo'].flatMap((lang) => {
		const dir = join(content, 'docs', lang === 'en' ? '' : lang);
		const prefix = lang === 'en' ? '' : `/${lang}`;
		const guides = markdownIn(join(dir, 'guides')).map((file) => ({
			page: `${prefix}/guides/${file.replace(/\.md$/, '')}/`,
			title: front(join(dir, 'guides', file)).title,
			lang,
			author: siteTitle(root, lang)!,
		}));
		const toolkit = existsSync(join(dir, 'toolkit/index.md'))
			? [{ page: `${prefix}/toolkit/whole/`, title: front(join(dir, 'toolkit/index.md')).title, lang, author: siteTitle(root, lang)! }]
			: [];
		return [...guides, ...toolkit];
	});
	// Each series' plan, printed from its page in each language, under the page's title; by the group.
	const plans = markdownIn(join(content, 'plans')).flatMap((file) => {
		const { series, draft } = parseMarkdownFile(readFileSync(join(content, 'plans', file), 'utf-8')).data as {
			series: string;
			draft?: boolean;
		};
		if (draft) return [];
		const { name } = parseMarkdownFile(readFileSync(join(content, 'series', `${series}.md`), 'utf-8')).data as { name: string };
		return ['en', 'lo'].map((lang) => ({
			page: `${lang === 'en' ? '' : `/${lang}`}/series/${series}/plan/`,
			title: uiString(root, lang, 'plan.title').replace('{{series}}', name),
			lang,
			author: name,
		}));
	});
	// Each series' year in review, in each language, for every year with a session held by the tests' "now"
	// (the bundled sessions are written in their series' zone, so a date's own year is the series' year).
	const years = new Set<string>();
	for (const file of markdownIn(join(content, 'sessions'))) {
		const session = parseMarkdownFile(readFileSync(join(content, 'sessions', file), 'utf-8')).data as Record<string, unknown>;
		const start = String(session.newDate ?? session.date);
		if (session.status !== 'cancelled' && start.slice(0, 10) < testNow.slice(0, 10))
			years.add(`${String(session.series)}/${start.slice(0, 4)}`);
	}
	const reviews = ['en', 'lo'].flatMap((lang) => {
		const strings = JSON.parse(readFileSync(join(root, 'content/i18n', `${lang}.json`), 'utf-8')) as Record<string, string>;
		return [...years].map((key) => {
			const [seriesId, year] = key.split('/') as [string, string];
			const series = parseMarkdownFile(readFileSync(join(content, 'series', `${seriesId}.md`), 'utf-8')).data as Record<string, string>;
			return {
				page: `${lang === 'en' ? '' : `/${lang}`}/series/${key}/`,
				title: strings['review.title']!.replace('{{series}}', series.name!).replace('{{year}}', year),
				lang,
				author: series.network!,
			};
		});
	});
	return [...briefs, ...docs, ...plans, ...reviews].sort((a, b) => a.page.localeCompare(b.page));
}

async function readPdf(file: string) {
	const data = new Uint8Array(readFileSync(file));
	const task = getDocument({ data: data.slice(), verbosity: 0 });
	const pdf = await task.promise;
	const info = (await pdf.getMetadata()).info as Record<string, string>;
	const pages: string[][] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const { items } = await (await pdf.getPage(n)).getTextContent();
		const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
		pages.push(text.split('\n').filter((line) => line.trim() !== ''));
	}
	await task.destroy();
	return { info, pages, lib: await PDFDocument.load(data) };
}

/** The names of the fonts whose descriptors embed a font program, and of those that do not. */
function fontsOf(lib: PDFDocument) {
	const embedded: string[] = [];
	const missing: string[] = [];
	for (const [, object] of lib.context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
		const name = String(object.get(PDFName.of('FontName')));
		(['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key))) ? embedded : missing).push(name);
	}
	return { embedded, missing };
}

/** Compared as text, not as shapes: pdf.js gives ຳ as ໍ + າ, and lines end where the page broke them. */
const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.trim();
const h1Of = (html: string) => decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
const pdfOf = (page: string) => stats.files.find((f) => f.page === page)!;

/**
 * Where two lines of Lao meet, the break must fall between words, by ICU's
 * word breaker: the ICU inside Chromium, whose Lao dictionary the line
 * breaker uses (Node's is another version). Chromium's line breaker sometimes
 * parts two words its word breaker reads as one ("ເຫັນວ່າ|ເປັນຫຍັງ", where the
 * word breaker reads "ເຫັນ|ວ່າເປັນ|ຫຍັງ"); such a break is still between words
 * when the pieces either side are words the breaker finds elsewhere in the text.
 */
async function breaksInsideWords(lines: string[]): Promise<string[]> {
	// pdf.js gives ຳ as ໍ + າ; the breaker reads the text as the page has it.
	const recompose = (text: string) => text.replace(/\u0ECD\u0EB2/g, '\u0EB3');
	const breaks: { phrase: string; at: number }[] = [];
	for (let i = 1; i < lines.length; i++) {
		const before = recompose(lines[i - 1]!.trimEnd());
		const after = recompose(lines[i]!.trimStart());
		if (!/\p{Script=Lao}$/u.test(before) || !/^\p{Script=Lao}/u.test(after)) continue;
		const head = before.split(' ').at(-1)!;
		breaks.push({ phrase: head + after.split(' ')[0]!, at: head.length });
	}
	expect(breaks.length).toBeGreaterThan(3);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const wrong = await page.evaluate(
			({ breaks, text }) => {
				const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
				const words = (phrase: string) => [...segmenter.segment(phrase)].filter((s) => s.isWordLike);
				const known = new Set(text.split(/\s+/).flatMap((phrase) => words(phrase).map((s) => s.segment)));
				return breaks
					.filter(({ phrase, at }) => {
						if (words(phrase).some((s) => s.index === at)) return false;
						const last = words(phrase.slice(0, at)).at(-1)?.segment;
						const first = words(phrase.slice(at))[0]?.segment;
						return !(last && first && known.has(last) && known.has(first));
					})
					.map(({ phrase, at }) => `${phrase.slice(0, at)}|${phrase.slice(at)}`);
			},
			{ breaks, text: recompose(lines.join(' ')) },
		);
		return wrong;
	} finally {
		await browser.close();
	}
}

describe('PDFs of the bundled site', () => {
	it('are made for each brief and guide in each language it is written in, once for the whole toolkit, and for each plan and each year in review in each language', () => {
		const expected = expectedPdfs(bundled.root);
		expect(expected.length).toBeGreaterThanOrEqual(7);
		expect(stats.files.map((f) => f.page).sort()).toEqual(expected.map((e) => e.page));
		for (const { file } of stats.files) {
			expect(file).toMatch(/^\/(lo\/)?(briefs|guides|toolkit|series)\/[\w-]+\/([\w-]+\/)?[a-z0-9-]+\.pdf$/);
			expect(existsSync(join(bundled.dist, file)), file).toBe(true);
		}
		expect(pdfOf('/briefs/friday-nutrition-hangouts/').file).toBe('/briefs/friday-nutrition-hangouts/friday-nutrition-hangouts.pdf');
		expect(pdfOf('/lo/briefs/friday-nutrition-hangouts/').file).toMatch(/\/friday-nutrition-hangouts-lo\.pdf$/);
		expect(pdfOf('/lo/series/act-plp-north-west/plan/').file).toBe('/lo/series/act-plp-north-west/plan/act-plp-north-west-plan-lo.pdf');
	});

	it('open with the page’s title, language and author, tagged, with every font embedded', async () => {
		for (const want of expectedPdfs(bundled.root)) {
			const { file } = pdfOf(want.page);
			const { info, pages, lib } = await readPdf(join(bundled.dist, file));
			expect(pages.length, file).toBeGreaterThanOrEqual(1);
			expect(info.Title, file).toBe(want.title);
			expect(info.Title, file).toBe(h1Of(readFileSync(join(bundled.dist, want.page, 'index.html'), 'utf-8')));
			expect(info.Language, file).toBe(want.lang);
			expect(info.Author, file).toBe(want.author);
			expect(lib.catalog.get(PDFName.of('StructTreeRoot')), file).toBeDefined();
			expect((lib.catalog.lookup(PDFName.of('MarkInfo')) as PDFDict).get(PDFName.of('Marked')), file).toBe(PDFBool.True);
			const fonts = fontsOf(lib);
			expect(fonts.embedded.length, file).toBeGreaterThan(0);
			expect(fonts.missing, file).toEqual([]);
		}
	});

	it('hold the Lao brief’s and a Lao guide’s title and sentences as text, broken between words', async () => {
		const laoBrief = readdirSync(join(bundled.root, 'content/briefs')).find(
			(f) => front(join(bundled.root, 'content/briefs', f)).lang === 'lo',
		)!;
		const sources = [join(bundled.root, 'content/briefs', laoBrief), join(bundled.root, 'content/docs/lo/guides/als.md')];
		const pagesOf = ['/lo/briefs/friday-nutrition-hangouts/', '/lo/guides/als/'];
		for (const [i, source] of sources.entries()) {
			const { data, body } = parseMarkdownFile(readFileSync(source, 'utf-8'));
			const { pages } = await readPdf(join(bundled.dist, pdfOf(pagesOf[i]!).file));
			const text = comparable(pages.flat().join(''));
			expect(text).toContain(comparable((data as Front).title));
			// The first sentence of the body's first paragraph, as written (links and emphasis taken out).
			const paragraph = body.split('\n').find((line) => /^\p{Script=Lao}/u.test(line))!;
			const sentence = paragraph.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').split('. ')[0]!;
			expect(sentence.length).toBeGreaterThan(20);
			expect(text).toContain(comparable(sentence));
			expect(await breaksInsideWords(pages.flat())).toEqual([]);
		}
	});

	it('put the whole toolkit after a contents page, every toolkit page in the sidebar’s order on pages of its own', async () => {
		const dir = join(bundled.root, 'content/docs/toolkit');
		const titles = markdownIn(dir)
			.map((file) => ({
				...front(join(dir, file)),
				order: (front(join(dir, file)) as { sidebar?: { order?: number } }).sidebar?.order ?? 1e9,
			}))
			.sort((a, b) => a.order - b.order)
			.map((page) => page.title);
		const { pages } = await readPdf(join(bundled.dist, pdfOf('/toolkit/whole/').file));
		expect(pages.length).toBeGreaterThan(titles.length);
		expect(pages[0]).toContain('Contents');
		// A long title wraps onto a second line: compared without the spaces and line ends.
		const contents = comparable(pages[0]!.join(' '));
		const positions = titles.map((title) => contents.indexOf(comparable(title)));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		// Each page's title opens a printed page, in order.
		const openingPages = titles.map((title) =>
			pages.findIndex((lines, n) => n > 0 && comparable(lines.slice(0, 3).join(' ')).startsWith(comparable(title))),
		);
		expect(openingPages.every((n) => n > 0)).toBe(true);
		expect([...openingPages].sort((a, b) => a - b)).toEqual(openingPages);
	});

	it('are linked from their pages, and the toolkit’s from every toolkit page, with their size', () => {
		const html = (page: string) => readFileSync(join(bundled.dist, page, 'index.html'), 'utf-8');
		for (const { page, file, bytes } of stats.files) {
			expect(statSync(join(bundled.dist, file)).size).toBe(bytes);
			const lang = page.startsWith('/lo/') ? 'lo' : 'en';
			const link = new RegExp(`<a href="${file}" download="[^"]+\\.pdf" type="application/pdf"[^>]*>([^]*?)</a>`).exec(html(page));
			expect(link, page).not.toBeNull();
			expect(decode(link![1]!), page).toMatch(lang === 'lo' ? /^ດາວໂຫຼດ/ : /^Download /);
			expect(decode(link![1]!), page).toContain(`PDF (${sizeLabel(bytes, lang)})`);
		}
		const toolkitPdf = pdfOf('/toolkit/whole/');
		for (const page of ['/toolkit/', '/toolkit/establish/', '/lo/toolkit/establish/']) {
			expect(html(page), page).toContain(`<a href="${toolkitPdf.file}"`);
		}
		expect(html('/lo/briefs/friday-nutrition-hangouts/')).toContain(`ດາວໂຫຼດ PDF (<span data-plh-pdf-size`);
		const pages = listDist(bundled.dist).filter((f) => f.endsWith('.html'));
		for (const page of pages) expect(readFileSync(join(bundled.dist, page), 'utf-8'), page).not.toContain('data-plh-pdf=');
	});
});

describe('the offline packs of the bundled site', () => {
	it('hold, for each language, every PDF its pages offer and an index page linking them, within 15 MB', () => {
		const html = (page: string) => readFileSync(join(bundled.dist, page, 'index.html'), 'utf-8');
		const offeredOn = (lang: string) =>
			new Set(
				listDist(bundled.dist)
					.filter((f) => f.endsWith('.html') && (lang === 'lo') === f.startsWith('lo/'))
					.flatMap((f) => [...readFileSync(join(bundled.dist, f), 'utf-8').matchAll(/<a href="([^"]+\.pdf)"/g)].map((m) => m[1]!)),
			);
		expect(stats.packs.map((p) => p.lang).sort()).toEqual(['en', 'lo']);
		for (const pack of stats.packs) {
			const bytes = readFileSync(join(bundled.dist, pack.file));
			expect(bytes.length).toBe(pack.bytes);
			expect(bytes.length).toBeLessThanOrEqual(15_000_000);
			// Linked with its size from the toolkit's pages in its language.
			const toolkit = html(pack.lang === 'lo' ? '/lo/toolkit/' : '/toolkit/');
			expect(toolkit).toMatch(
				new RegExp(
					`<a href="${pack.file}" download="[^"]+\\.zip" type="application/zip"[^>]*>[^]*?\\(zip, <span[^>]*>${sizeLabel(bytes.length, pack.lang)}</span>\\)</a>`,
				),
			);

			const files = unzipSync(bytes);
			const offered = [...offeredOn(pack.lang)].sort();
			expect(offered.length).toBeGreaterThanOrEqual(3);
			expect([...pack.pdfs].sort()).toEqual(offered);
			expect(Object.keys(files).sort()).toEqual(['index.html', ...offered.map((f) => f.split('/').pop()!)].sort());
			for (const file of offered)
				expect(Buffer.from(files[file.split('/').pop()!]!).equals(readFileSync(join(bundled.dist, file))), file).toBe(true);
			const index = strFromU8(files['index.html']!);
			expect(index).toContain(`<html lang="${pack.lang}">`);
			const linked = [...index.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!).sort();
			expect(linked).toEqual(
				Object.keys(files)
					.filter((f) => f !== 'index.html')
					.sort(),
			);
		}
		const lao = unzipSync(readFileSync(join(bundled.dist, stats.packs.find((p) => p.lang === 'lo')!.file)));
		expect(Object.keys(lao)).toContain('friday-nutrition-hangouts-lo.pdf');
		expect(strFromU8(lao['index.html']!)).toContain('ເອກະສານ');
	});
});

describe('a build that skips PDFs', () => {
	it('leaves no link to a PDF behind', async () => {
		const small = await sharedSite('small-site');
		const pages = listDist(small.dist).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(join(small.dist, page), 'utf-8');
			expect(html, page).not.toContain('plh-pdf-link');
			expect(html, page).not.toMatch(/href="[^"]+\.pdf"/);
		}
		expect(listDist(small.dist).filter((f) => f.endsWith('.pdf'))).toEqual([]);
	});
});

describe('a build without Chromium', () => {
	it('stops and says in one line how to get it, or how to skip PDFs', () => {
		const site = prepareSite('pdf-no-chromium', join(fixturesDir, 'small-site'));
		const run = runScript(site, 'build', { PLH_PDF: '1', CHROME_PATH: join(site.root, 'no-chromium-here') });
		expect(run.status).not.toBe(0);
		// The content check runs first and says the content is valid; then one line about Chromium, and no stack trace.
		const lines = run.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Content is valid'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('apt-get install -y chromium');
		expect(lines[0]).toContain('CHROME_PATH');
		expect(lines[0]).toContain('PLH_PDF=0');
		expect(existsSync(site.dist)).toBe(false);
	});
});
