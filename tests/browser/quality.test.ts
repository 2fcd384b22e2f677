/**
 * Quality gates on the built bundled site, judged on facts, not timings:
 * layout at three widths and accessibility (axe, WCAG 2.2 A and AA) on every
 * kind of page in both languages and both colour schemes, a clean console, every internal link
 * and image resolving, reading without JavaScript, and page weight budgets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSearch, firstVisit, formChecker } from '../../scripts/bench/page-weight.ts';
import { listDist } from '../support/dist-files.ts';
import { brokenInternalLinks } from '../support/dist-links.ts';
import { layoutProblems } from '../../scripts/browser/layout-checks.ts';
import { langs, pageKinds, pathIn, type PageKind } from '../../scripts/browser/page-kinds.ts';
import { openSite, type CheckedPage, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

let site: SiteCopy;
let web: SiteInBrowser;

beforeAll(async () => {
	site = await sharedSite('bundled-site');
	web = await openSite(site.dist);
});
afterAll(() => web?.close());

/**
 * Pages checked here beside the kinds every browser check walks (scripts/browser/page-kinds.ts):
 * kinds `npm run screenshots` does not photograph.
 */
const moreKinds: PageKind[] = [
	{ name: 'series-with-plan', path: '/series/act-plp-north-west/' },
	{ name: 'plan', path: '/series/act-plp-north-west/plan/' },
	{ name: 'numbers', path: '/numbers/' },
	{ name: 'year-in-review', path: '/series/sun-csa-lao-friday-hangouts/2026/' },
	{ name: 'offline', path: '/offline/' },
];
const cases = [...pageKinds, ...moreKinds].flatMap((kind) => langs.map((lang) => [pathIn(kind, lang), kind] as const));

/** The widths readers use: a common phone, the narrowest phones, a laptop (at which axe then runs). */
const widths = [
	{ width: 390, height: 844 },
	{ width: 320, height: 640 },
	{ width: 1366, height: 900 },
];

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules that judge colour. A theme changes colours and nothing else, so the second theme is
 * checked with these alone: every other rule would give the first theme's answer again, at twice the cost.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the page as it is now (every WCAG rule, or only `rules`); one line per violation. */
async function axeViolations(page: CheckedPage, label: string, rules?: string[]): Promise<string[]> {
	const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: axeTags };
	const result = (await page.evaluate(
		(only) =>
			(window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({
				runOnly: only,
				resultTypes: ['violations'],
			}),
		runOnly,
	)) as AxeResult;
	return result.violations.map(
		(v) =>
			`${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`,
	);
}

// Pages are checked side by side, each in a browser context of its own, and each loaded once: at the commonest
// phone width, where its layout is checked, then resized to the narrowest phone and to a laptop (layout is CSS,
// which answers a resize as it answers a load); at the laptop width axe checks it in the light theme, then the
// theme picker switches it to dark, as a reader would, and its colours are checked again. A fresh tab costs
// more CPU than any one check (docs/performance.md), so one tab does all of this for a page (it was two, in two files).
describe.concurrent('every kind of page, in English and Lao', () => {
	it.for(cases)(
		'%s lays out without slips at 390, 320 and 1366 px, has no accessibility violations (WCAG 2.2 A and AA) in the light or the dark theme, and a clean console',
		async ([path, kind], { expect }) => {
			// axe is injected as an inline script, which the site's own policy rightly refuses.
			const page = await web.newPage({ bypassCSP: true, viewport: widths[0] });
			try {
				await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
				const response = await page.goto(web.url(path));
				await kind.prepare?.(page);
				await page.settled();
				const failures: string[] = [];
				for (const viewport of widths) {
					if (viewport !== widths[0]) {
						await page.setViewportSize(viewport);
						// Scripts that answer a resize (media query listeners, observers) run before the next frame.
						await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
					}
					failures.push(...(await layoutProblems(page)).map((p) => `${path} at ${viewport.width} px: ${p}`));
				}

				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
				await page.addScriptTag({ content: axeSource });
				failures.push(...(await axeViolations(page, `${path} (light)`)));
				await page.locator('starlight-theme-select select').first().selectOption('dark');
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
				// Colours are judged once any transition into the dark theme has run to its end.
				await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => undefined));
				failures.push(...(await axeViolations(page, `${path} (dark)`, colourRules)));
				expect(failures.join('\n')).toBe('');

				// The address that does not exist is answered with 404, as it should be, which Chromium also reports
				// in the console, once; nothing else may fail.
				const problems = [...page.problems];
				if (kind.name === 'not-found') {
					expect(response?.status()).toBe(404);
					for (const expected of [
						`HTTP 404 ${response?.url()}`,
						'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
					]) {
						expect(problems, expected).toContain(expected);
						problems.splice(problems.indexOf(expected), 1);
					}
				}
				expect(problems).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);
});

describe('links', () => {
	it('resolve: every internal href, src and og:image in dist/ points at a file that exists', () => {
		expect(brokenInternalLinks(site.dist, 'https://peer-learning-hub.example.org').join('\n')).toBe('');
	});
});

describe('reading without JavaScript', () => {
	it('shows a brief, a session and the whole sessions archive', async () => {
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			// Without JavaScript the page is complete once loaded: what is visible then is what a reader sees.
			await page.goto(web.url('/briefs/friday-nutrition-hangouts/'));
			for (const heading of ['Overview', 'Objectives', 'What action was taken?', 'Next steps', 'Further information']) {
				expect(await page.getByRole('heading', { name: heading }).isVisible(), heading).toBe(true);
			}
			expect(await page.getByText('37 online hangouts').isVisible()).toBe(true);

			await page.goto(web.url('/sessions/2026-04-16-monthly-financial-reporting-to-the-board/'));
			expect(await page.getByText('Management accounts with a one-page summary').isVisible()).toBe(true);
			expect(await page.getByText('The presenter walked the group through').isVisible()).toBe(true);

			await page.goto(web.url('/sessions/'));
			const sessions = listDist(site.dist).filter((f) => /^sessions\/.+\/index\.html$/.test(f)).length;
			const shown = await page
				.locator('li[data-session]')
				.evaluateAll((items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).length);
			expect(shown).toBe(sessions);
			expect(await page.locator('[data-session-filters]').isHidden()).toBe(true);
		} finally {
			await page.close();
		}
	});
});

describe('toolkit pages after cleaning', () => {
	it.each(['/guides/bmc/', '/lo/guides/bmc/', '/toolkit/benefits/'])(
		'%s keeps Starlight’s heading anchors for screen readers only, and its notes in their box',
		async (path) => {
			const page = await web.newPage();
			try {
				await page.goto(web.url(path));
				// "Section titled …" is clipped to a pixel, as Starlight means it; the sanitiser once left it showing.
				const anchors = await page
					.locator('.sl-markdown-content .sl-anchor-link .sr-only')
					.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().width));
				expect(anchors.length).toBeGreaterThan(0);
				for (const width of anchors) expect(width).toBeLessThanOrEqual(1);
				if (path === '/toolkit/benefits/') {
					const note = page.locator('.sl-markdown-content aside.starlight-aside--note');
					expect(await note.evaluate((aside) => getComputedStyle(aside).borderInlineStartWidth)).not.toBe('0px');
				}
				expect(page.problems).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);
});

describe('page weight', () => {
	const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
	const budgets: [string, number][] = [
		['/briefs/friday-nutrition-hangouts/', 35],
		['/sessions/2026-04-16-monthly-financial-reporting-to-the-board/', 35],
		['/', 40],
		['/sessions/', 45],
		['/search/', 45],
		['/lo/briefs/friday-nutrition-hangouts/', 45],
		['/lo/sessions/2026-09-04-school-gardens-and-food-security/', 45],
		// The form page without its checker, which loads when a person starts on the form.
		['/contribute/', 30],
		['/lo/contribute/', 30],
	];

	it.each(budgets)('keeps a first visit to %s within %d kB gzip before images', async (path, budget) => {
		const weight = await firstVisit(site.dist, path, web);
		const report = `${path}: ${kb(weight.total)} kB (html ${kb(weight.html)}, css ${kb(weight.css)}, js ${kb(weight.js)}, fonts ${kb(weight.fonts)}); budget ${budget} kB`;
		expect(weight.total, report).toBeLessThanOrEqual(budget * 1024);
	});

	/**
	 * The schemas, the YAML parser, the HTML parser (parse5, for the sanitiser's
	 * own rules) and the messages in both languages that npm run check uses.
	 * Measured at 111 kB with the form; 117 kB once the checker also refused
	 * private notes, alias bombs, over-long text and named presenters of
	 * Chatham House recaps, and learnt session status and agreed next meetings.
	 * 122.7 kB once it also wrote plans and a session's learning loop (commitments,
	 * check-ins, roadmaps, progress reports) and checked them against earlier
	 * sessions: raised to 125 kB for that (docs/contribute-form.md says why).
	 */
	const checkerBudget = 125;
	it.each(['/contribute/', '/lo/contribute/'])(
		`keeps the checker the form loads on %s, once a person starts, within ${checkerBudget} kB gzip`,
		async (path) => {
			const weight = await formChecker(site.dist, path);
			expect(weight.js, `${path}: checker ${kb(weight.js)} kB gzip; budget ${checkerBudget} kB`).toBeLessThanOrEqual(checkerBudget * 1024);
			expect(weight.js).toBeGreaterThan(0);
		},
	);

	it.each([
		['benchmark', '/search/?q=benchmark'],
		['ເພື່ອນ', '/lo/search/?q=%E0%BB%80%E0%BA%9E%E0%BA%B7%E0%BB%88%E0%BA%AD%E0%BA%99'],
	])('keeps a first search for "%s", from a page already open, within 120 kB gzip', async (_, search) => {
		// Measured as the benchmark measures it: what the browser had cached from the first page costs nothing.
		// Pagefind's own share is about 102 kB and no longer grows with the site: its code (WebAssembly 58 kB in
		// English, 54 kB without a stemmer for Lao; pagefind.js 13 kB) and one index chunk of up to 30 kB, which
		// Pagefind fills to a fixed number of word locations. Ours, about 15 kB: the search page, its script, and
		// the fragments of the results on screen (three in this 1280 × 720 window); the others come as the
		// reader scrolls to them, the filter counts when the filters open. Measured 117.2 and 94.5 kB.
		const from = search.startsWith('/lo/') ? '/lo/briefs/friday-nutrition-hangouts/' : '/briefs/friday-nutrition-hangouts/';
		const { total } = await firstSearch(
			site.dist,
			from,
			async (page, url) => {
				await page.goto(url(search));
				await page.locator('[data-results] li a').first().waitFor();
			},
			web,
		);
		expect(total, `first search: ${kb(total)} kB`).toBeLessThanOrEqual(120 * 1024);
	});
});
