/**
 * Search, in Chromium, on real Pagefind indexes: the bundled site (English
 * and Lao content) and the small fixture site (drafts, a withheld name).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryMark } from '../../src/lib/segment/index.ts';
import { readResults, searchAgain, searchResults } from '../../scripts/browser/search-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

let bundled: SiteCopy;
let small: SiteCopy;
let web: SiteInBrowser;
let smallWeb: SiteInBrowser;

beforeAll(async () => {
	[bundled, small] = await Promise.all([sharedSite('bundled-site'), sharedSite('small-site')]);
	web = await openSite(bundled.dist);
	smallWeb = await openSite(small.dist);
});
afterAll(async () => {
	await web?.close();
	await smallWeb?.close();
});

/** The visible text of a built page's main content. */
const pageText = (site: SiteCopy, path: string) =>
	(/<main[\s\S]*<\/main>/.exec(readFileSync(join(site.dist, path, 'index.html'), 'utf-8'))?.[0] ?? '')
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe.concurrent('search', () => {
	it('finds an English word, with its session first when filtered to sessions', async () => {
		const page = await web.newPage();
		const { results } = await searchResults(page, web.url('/search/?q=benchmark'));
		expect(results.map((r) => r.href)).toContain('/sessions/2026-04-16-monthly-financial-reporting-to-the-board/');
		expect(results.map((r) => r.href)).toContain('/guides/bmc/');
		const sessions = await searchResults(page, web.url('/search/?q=benchmark&type=session'));
		expect(sessions.results[0]?.href).toBe('/sessions/2026-04-16-monthly-financial-reporting-to-the-board/');
		expect(sessions.results.every((r) => r.href.startsWith('/sessions/'))).toBe(true);
		expect(page.problems).toEqual([]);
	});

	it('finds a Lao word taken from the middle of any Lao paragraph, as Chromium splits it', async () => {
		const page = await web.newPage();
		const pages = [
			'lo/guides/als/',
			'lo/guides/bmc/',
			'lo/briefs/friday-nutrition-hangouts/',
			'lo/sessions/2026-09-04-school-gardens-and-food-security/',
		];
		const picked: { path: string; word: string }[] = [];
		for (const path of pages) {
			await page.goto(web.url(path));
			const words = await page.evaluate(() => {
				const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
				return [...document.querySelectorAll('main p')]
					.filter((p) => !p.closest('[data-pagefind-ignore]'))
					.map((p) => p.textContent ?? '')
					.filter((text) => /\p{Script=Lao}{12,}/u.test(text))
					.slice(0, 3)
					.map((text) => {
						const lao = [...segmenter.segment(text)].filter((s) => s.isWordLike && /^\p{Script=Lao}+$/u.test(s.segment));
						return lao[Math.floor(lao.length / 2)]!.segment;
					});
			});
			expect(words.length).toBeGreaterThan(0);
			picked.push(...words.map((word) => ({ path: `/${path}`, word })));
		}
		// The first word from the address, each next one typed into the box, as a reader searching again would;
		// results are read only as far as the pages the word was taken from (a common word fills many screens).
		const pathsOf = Map.groupBy(picked, ({ word }) => word);
		for (const [i, [word, from]] of [...pathsOf].entries()) {
			const paths = from.map(({ path }) => path);
			const enough = (hrefs: string[]) => paths.every((path) => hrefs.includes(path));
			const { results } =
				i === 0
					? await searchResults(page, web.url(`/lo/search/?q=${encodeURIComponent(word)}`), enough)
					: await searchAgain(page, word, enough);
			for (const path of paths)
				expect(
					results.map((r) => r.href),
					`"${word}" from ${path}`,
				).toContain(path);
		}
		expect(page.problems).toEqual([]);
	});

	it('shows Lao titles and excerpts as natural text, with no visible boundaries', async () => {
		const page = await web.newPage();
		const { results } = await searchResults(page, web.url('/lo/search/?q=ການຮຽນຮູ້'));
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) {
			for (const text of [result.title, result.excerpt]) {
				expect(text).not.toContain(boundaryMark);
				// Every Lao run shown is a run of the page itself, not syllables spaced apart.
				const page = pageText(bundled, result.href.slice(1));
				for (const run of text.match(/\p{Script=Lao}[\p{Script=Lao} ]*\p{Script=Lao}/gu) ?? []) {
					expect(page, `${result.href}: "${run}"`).toContain(run);
				}
			}
		}
		const highlighted = await page.locator('[data-results] mark').first().textContent();
		expect(highlighted).toMatch(/^\p{Script=Lao}+$/u);
		expect(page.problems).toEqual([]);
	});

	it('finds pages holding every word of a two-word Lao query', async () => {
		const page = await web.newPage();
		const { results } = await searchResults(page, web.url('/lo/search/?q=' + encodeURIComponent('ເພື່ອນ ໂພຊະນາການ')));
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) {
			const text = pageText(bundled, result.href.slice(1));
			expect(text, result.href).toContain('ເພື່ອນ');
			expect(text, result.href).toContain('ໂພຊະນາການ');
		}
	});

	it('keeps Lao tone marks meaningful: ນ້ຳ (water) does not return pages that only have ນຳ (lead)', async () => {
		const page = await web.newPage();
		const { results } = await searchResults(page, web.url('/lo/search/?q=ນ້ຳ'));
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(pageText(bundled, result.href.slice(1)), result.href).toContain('ນ້ຳ');
	});

	it('combines filters: Benchmarking Club sessions of 2026 only', async ({ expect }) => {
		const page = await web.newPage();
		const { results } = await searchResults(page, web.url('/search/?type=session&approach=bmc&year=2026'));
		expect(results.map((r) => r.href).sort()).toEqual([
			'/sessions/2026-04-16-monthly-financial-reporting-to-the-board/',
			'/sessions/2026-06-18-raising-funds-from-local-businesses/',
		]);
		// Other approaches keep their counts, so the reader can widen the choice.
		const als = page.locator('fieldset[data-facet="approach"] label[data-option="als"]');
		await expect.poll(() => als.isVisible()).toBe(true);
		expect(await als.locator('[data-count]').textContent()).toMatch(/\([1-9]\d*\)/);
		expect(page.problems).toEqual([]);
	});

	it('downloads the results on screen at once and the others as the reader scrolls to them, showing every one', async ({ expect }) => {
		const page = await web.newPage({ viewport: { width: 360, height: 640 } });
		const fragments: string[] = [];
		page.on('request', (request) => void (request.url().includes('/pagefind/fragment/') && fragments.push(request.url())));
		await page.goto(web.url('/search/?q=benchmark'));
		await page.locator('[data-results] li a').first().waitFor();
		await page.settled();
		const items = page.locator('[data-results] li');
		expect(await items.count()).toBe(5);
		const waiting = await page.locator('[data-results] li[aria-busy="true"]').count();
		expect(waiting).toBeGreaterThan(0);
		expect(new Set(fragments).size).toBe(5 - waiting);
		// Nothing on screen is left waiting.
		for (const item of await page.locator('[data-results] li[aria-busy="true"]').all()) {
			expect((await item.boundingBox())!.y).toBeGreaterThanOrEqual(640);
		}
		await items.last().scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('[data-results] li a').count()).toBe(5);
		expect(new Set(fragments).size).toBe(5);
		// A reader moving through the results with the keyboard has them all before reaching them.
		await page.goto(web.url('/search/?q=benchmark'));
		await page.locator('[data-results] li a').first().focus();
		await expect.poll(() => page.locator('[data-results] li a').count()).toBe(5);
		expect(page.problems).toEqual([]);
	});

	it('restores a shared search from its URL, and keeps the URL up to date', async () => {
		const page = await web.newPage();
		const url = web.url('/search/?q=grant&type=session&sort=newest');
		const { results } = await searchResults(page, url);
		expect(await page.inputValue('#plh-q')).toBe('grant');
		expect(await page.isChecked('input[name="type"][value="session"]')).toBe(true);
		expect(await page.inputValue('select[name="sort"]')).toBe('newest');
		expect(results.length).toBeGreaterThan(0);
		const dates = results.map((r) => r.href.slice('/sessions/'.length, '/sessions/'.length + 10));
		expect(dates).toEqual([...dates].sort().reverse());

		await page.fill('#plh-q', 'fundraising');
		await page.waitForURL(/q=fundraising/);
		expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['session']);
		await readResults(page);
		expect(page.problems).toEqual([]);
	});

	it('works from the keyboard: type in the header search, press Enter, land on the results', async () => {
		const page = await web.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(web.url('/toolkit/'));
		await page.focus('#plh-header-q');
		await page.keyboard.type('chatham');
		await Promise.all([page.waitForURL(/\/search\/\?q=chatham/), page.keyboard.press('Enter')]);
		const { results } = await readResults(page);
		expect(results.map((r) => r.href)).toContain('/toolkit/ground-rules/');
		expect(page.problems).toEqual([]);
	});
});

describe.concurrent('search never finds what must stay out', () => {
	it('has no drafts, private notes or withheld names in the index', async () => {
		const page = await smallWeb.newPage();
		for (const query of ['DRAFT-CANARY', 'Personcanary', 'Zebulon', 'Nameless-Canary']) {
			const { results } = await searchResults(page, smallWeb.url(`/search/?q=${encodeURIComponent(query)}`));
			// Pagefind may offer near matches; none may show or lead to what was kept out.
			for (const result of results) {
				expect(`${result.title} ${result.meta} ${result.excerpt}`.toLowerCase(), query).not.toContain(query.toLowerCase());
				expect(result.href).not.toMatch(/draft/);
			}
		}
		const { status } = await searchResults(page, smallWeb.url('/search/?q=DRAFT-CANARY'));
		expect(status).toMatch(/Nothing found/);
		expect(page.problems).toEqual([]);
	});

	it('has no heading-anchor text in the index: "Section titled …" is for screen readers, not a word of the page', async () => {
		const page = await smallWeb.newPage();
		await page.goto(smallWeb.url('/guides/als/'));
		// The anchor and its text stay on the page.
		expect(await page.locator('h2#what-it-is + a.sl-anchor-link .sr-only').textContent()).toBe('Section titled “What it is”');
		const searches: [path: string, query: string][] = [
			['/search/', 'Section titled'],
			['/search/', 'titled'],
			['/lo/search/', 'ພາກ'],
		];
		for (const [path, query] of searches) {
			const { status, results } = await searchResults(page, smallWeb.url(`${path}?q=${encodeURIComponent(query)}`));
			expect(results, query).toEqual([]);
			expect(status, query).not.toMatch(/\d/);
		}
		// The heading's own words are still found.
		const lao = await searchResults(page, smallWeb.url(`/lo/search/?q=${encodeURIComponent('ແມ່ນຫຍັງ')}`));
		expect(lao.results.map((r) => r.href)).toContain('/lo/guides/als/');
		expect(page.problems).toEqual([]);
	});

	it('does not tie a Chatham House session to the people who spoke', async () => {
		const page = await smallWeb.newPage();
		const { results } = await searchResults(page, smallWeb.url('/search/?q=Quillon'));
		expect(results.map((r) => r.href)).toContain('/people/named-presenter/');
		expect(results.map((r) => r.href)).not.toContain('/sessions/2026-04-16-chatham-als/');
	});
});
