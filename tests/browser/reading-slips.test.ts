/**
 * Slips a reader found by using the bundled site in both languages, each
 * pinned here in Chromium: the other language a link away on every page even
 * without JavaScript, a "not found" page in both languages, titles said once,
 * notes with their spaces, an archive that only counts when it filters, an
 * email address that can be followed, and sessions in the other language
 * titled for the reader. What each should show is read from the content files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { langs, pageKinds, pathIn } from '../../scripts/browser/page-kinds.ts';
import { searchResults } from '../../scripts/browser/search-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

let site: SiteCopy;
let web: SiteInBrowser;
beforeAll(async () => {
	site = await sharedSite('bundled-site');
	web = await openSite(site.dist);
});
afterAll(() => web?.close());

const sessionFile = (id: string) =>
	parseMarkdownFile(readFileSync(join(site.root, 'content/sessions', `${id}.md`), 'utf-8')).data as {
		title: string;
		lang: string;
		translated?: Record<string, { title: string; summary?: string }>;
	};

describe.concurrent('the other language, without JavaScript', () => {
	// Every kind of page in one tab per language, page after page: a fresh tab costs more CPU than a page
	// (docs/performance.md). Without JavaScript a link goes where its href says, so the link is tried without
	// following it (Playwright's actionability checks: in view, not covered, takes the click) and the page it
	// names is read from the built site; following it loaded every page twice. A slip names its page.
	it.for(langs)('every kind of page in %s links to the same page in the other language', async (lang, { expect }) => {
		const other = lang === 'en' ? 'lo' : 'en';
		const page = await web.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		try {
			const slips: string[] = [];
			for (const kind of pageKinds.filter((k) => k.name !== 'not-found')) {
				const path = new URL(web.url(pathIn(kind, lang))).pathname;
				await page.goto(web.url(pathIn(kind, lang)));
				const link = page.locator('header [data-language-links] a');
				if (!(await link.isVisible())) {
					slips.push(`${path}: no language link in view`);
					continue;
				}
				await link.click({ trial: true });
				const hreflang = await link.getAttribute('hreflang');
				if (hreflang !== other) slips.push(`${path}: the link's hreflang is ${hreflang}, not ${other}`);
				const expected = lang === 'en' ? `/lo${path}` : path.replace(/^\/lo\//, '/');
				const target = new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href));
				const landed = target.origin === new URL(page.url()).origin ? target.pathname : target.href;
				const landedLang = landed === expected ? htmlLang(expected) : '(not read)';
				if (landed !== expected || landedLang !== other)
					slips.push(`${path}: leads to ${landed} (lang ${landedLang}), not ${expected} (lang ${other})`);
			}
			expect(slips).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

/** The `lang` of the built page at a path, as the server would send it; "(no page)" if there is none. */
function htmlLang(path: string): string {
	const file = join(site.dist, decodeURIComponent(path), 'index.html');
	if (!existsSync(file)) return '(no page)';
	return /<html\b[^>]*\blang="([^"]*)"/.exec(readFileSync(file, 'utf-8'))?.[1] ?? '(no lang)';
}

describe.concurrent('the page for an address that does not exist', () => {
	it.each(['/no-such-page/', '/lo/no-such-page/'])('%s speaks English and Lao, with a way on in each', async (path) => {
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			const response = await page.goto(web.url(path));
			expect(response?.status()).toBe(404);
			expect(await page.getByRole('heading', { level: 1, name: 'Page not found' }).isVisible()).toBe(true);
			const lao = page.locator('main section[lang="lo"]');
			expect(await lao.getByRole('heading', { name: 'ບໍ່ພົບໜ້ານີ້' }).isVisible()).toBe(true);
			expect(await lao.locator('a[href="/lo/"]').isVisible()).toBe(true);
			expect(await page.locator('main a[href="/search/"]').isVisible()).toBe(true);
			expect(await page.locator('header [data-language-links] a').getAttribute('href')).toBe('/lo/');
		} finally {
			await page.close();
		}
	});
});

describe.concurrent('titles and notes', () => {
	it.each([
		['/', 'Peer Learning Hub'],
		['/lo/', 'ສູນການຮຽນຮູ້ແບບເພື່ອນຫາເພື່ອນ'],
	])('the home page %s is titled once with the site name', async (path, name) => {
		const page = await web.newPage();
		try {
			await page.goto(web.url(path));
			expect(await page.title()).toBe(name);
		} finally {
			await page.close();
		}
	});

	it.each(['/search/', '/sessions/', '/contribute/', '/no-such-page/'])(
		'%s without JavaScript puts a space between a sentence and the link after it',
		async (path) => {
			const page = await web.newPage({ javaScriptEnabled: false });
			try {
				await page.goto(web.url(path));
				const joined = await page.locator('main a').evaluateAll((links) =>
					links.flatMap((a) => {
						const before = a.previousSibling?.nodeType === Node.TEXT_NODE ? (a.previousSibling.textContent ?? '') : '';
						// Lao is written without spaces between words; Latin text is not.
						return /[A-Za-z:.,]$/.test(before) && (a as HTMLElement).offsetParent !== null ? [`${before.slice(-20)}|${a.textContent}`] : [];
					}),
				);
				expect(joined).toEqual([]);
				if (path === '/search/') expect(await page.locator('main').innerText()).toContain('glossary: Sessions');
			} finally {
				await page.close();
			}
		},
	);

	it('the sessions archive counts only while a filter is chosen', async () => {
		const page = await web.newPage();
		try {
			await page.goto(web.url('/sessions/'));
			await page.locator('[data-session-filters]:not([hidden])').waitFor();
			expect(await page.locator('[data-filter-summary]').isHidden()).toBe(true);
			expect(await page.getByRole('button', { name: 'Show all' }).isHidden()).toBe(true);
			await page.locator('[data-session-filters] summary').click();
			await page.locator('select[name="series"]').selectOption('act-plp-north-west');
			await page.locator('[data-filter-summary]:not([hidden])').waitFor();
			expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^\d+ of \d+ sessions shown$/);
			await page.getByRole('button', { name: 'Show all' }).click();
			await page.locator('[data-filter-summary][hidden]').waitFor({ state: 'attached' });
		} finally {
			await page.close();
		}
	});

	it('an email address in how to join a series can be followed', async () => {
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(web.url('/series/sun-csa-lao-friday-hangouts/'));
			const email = page.locator('[data-join-text] a[href="mailto:info@suncsalaos.org"]');
			expect(await email.textContent()).toBe('info@suncsalaos.org');
		} finally {
			await page.close();
		}
	});
});

describe.concurrent('sessions in the other language', () => {
	const translated = '2026-09-04-school-gardens-and-food-security';
	const english = '2026-04-16-monthly-financial-reporting-to-the-board';

	it.each(['/', '/sessions/'])('%s lists a Lao session by its English title, with the Lao one beside it', async (path) => {
		const facts = sessionFile(translated);
		expect(facts.lang).toBe('lo');
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(web.url(path));
			const item = page.locator(`li[data-session="${translated}"]`);
			const link = item.locator('.plh-item-title a');
			expect(await link.textContent()).toBe(facts.translated!.en!.title);
			expect(await link.getAttribute('lang')).toBe('en');
			const original = item.locator('[data-original-title]');
			expect(await original.textContent()).toBe(facts.title);
			expect(await original.getAttribute('lang')).toBe('lo');
		} finally {
			await page.close();
		}
	});

	it('a Lao session page in English leads with the English title and shows the Lao one', async () => {
		const facts = sessionFile(translated);
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(web.url(`/sessions/${translated}/`));
			expect(await page.locator('h1').textContent()).toBe(facts.translated!.en!.title);
			expect(await page.locator('[data-original-title] span[lang="lo"]').textContent()).toBe(facts.title);
			expect(await page.locator('[data-untranslated]').count()).toBe(0);
		} finally {
			await page.close();
		}
	});

	it('an untranslated session is marked as such on the list and on its page', async () => {
		const facts = sessionFile(english);
		expect(facts.lang).toBe('en');
		expect(facts.translated?.lo).toBeUndefined();
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(web.url('/lo/sessions/'));
			const item = page.locator(`li[data-session="${english}"]`);
			expect(await item.locator('.plh-item-title a').textContent()).toBe(facts.title);
			expect(await item.locator('[data-untranslated]').textContent()).toBe('ມີແຕ່ພາສາອັງກິດ');
			await page.goto(web.url(`/lo/sessions/${english}/`));
			expect(await page.locator('[data-untranslated]').isVisible()).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('English search finds a Lao session by its English title and shows that title', async () => {
		const facts = sessionFile(translated);
		const page = await web.newPage();
		try {
			const { results } = await searchResults(page, web.url('/search/?q=school%20gardens'));
			const found = results.find((r) => r.href === `/sessions/${translated}/`);
			expect(found?.title).toBe(facts.translated!.en!.title);
		} finally {
			await page.close();
		}
	});
});
