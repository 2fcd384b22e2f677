/**
 * Layout checks on every kind of page, in English and Lao, at the widths
 * readers use: the narrowest phones (320 px), a common phone (390 px) and a
 * laptop (1366 px). They judge boxes, not pixels (scripts/browser/layout-checks.ts),
 * so they hold when a word or a colour changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutProblems } from '../../scripts/browser/layout-checks.ts';
import { langs, pageKinds, pathIn } from '../../scripts/browser/page-kinds.ts';
import { launchBrowser, type TestBrowser } from '../../scripts/browser/browser.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite } from '../support/site-build.ts';

const widths = [
	{ width: 390, height: 844 },
	{ width: 320, height: 640 },
	{ width: 1366, height: 900 },
];

let web: SiteInBrowser;
beforeAll(async () => {
	web = await openSite((await sharedSite('bundled-site')).dist);
});
afterAll(() => web?.close());

describe.concurrent('every kind of page lays out without slips', () => {
	const cases = pageKinds.flatMap((kind) => langs.map((lang) => [pathIn(kind, lang), kind] as const));
	it.for(cases)('%s at 390, 320 and 1366 px', async ([path, kind], { expect }) => {
		const first = widths[0];
		const problems: string[] = [];
		// Loaded once, at the commonest phone width, then resized: the layout is CSS, which answers a resize
		// as it answers a load, and a load per width tripled the file's time.
		const page = await web.newPage({ viewport: first });
		try {
			await page.goto(web.url(path));
			await kind.prepare?.(page);
			await page.settled();
			for (const viewport of widths) {
				if (viewport !== first) {
					await page.setViewportSize(viewport);
					// Scripts that answer a resize (media query listeners, observers) run before the next frame.
					await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				}
				problems.push(...(await layoutProblems(page)).map((p) => `${viewport.width} px: ${p}`));
			}
		} finally {
			await page.close();
		}
		expect(problems.join('\n')).toBe('');
	});
});

// The checks themselves, on pages made to show each slip: a check that cannot fail proves nothing.
describe('the layout checks', () => {
	let browser: TestBrowser;
	beforeAll(async () => {
		browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
	});
	afterAll(() => browser?.close());

	const header = (controls: string) =>
		`<header class="header" style="position:relative;height:56px"><a class="site-title" href="/">Hub</a>${controls}</header><button class="sl-menu-button" style="position:fixed;top:8px;right:8px;width:32px;height:32px">☰</button>`;
	const fine = `<div class="plh-header-search" style="position:absolute;top:8px;left:200px"><a href="/search/">🔍</a></div><div data-language-links style="position:absolute;top:8px;left:260px"><a href="/lo/">ລາວ</a></div>`;

	it.each([
		['a page wider than the screen', `${header(fine)}<main><p style="width:600px">wide</p></main>`, /is 6\d\d px wide on a 390 px screen/],
		[
			'text cut off by its box',
			`${header(fine)}<main><p style="width:50px;overflow:hidden;white-space:nowrap">a long sentence</p></main>`,
			/"a long sentence" is cut off/,
		],
		[
			'a menu whose choice is cut',
			`${header(fine)}<main><select style="width:40px"><option>ອັດຕະໂນມັດ</option></select></main>`,
			/is cut off in its menu/,
		],
		[
			'no language control in the header',
			`${header(fine.replace('data-language-links', 'data-other'))}<main></main>`,
			/no visible language control/,
		],
		[
			'controls on top of each other',
			`${header(fine.replace('left:260px', 'left:200px'))}<main></main>`,
			/search and language controls overlap/,
		],
		[
			'a label below its value',
			`${header(fine)}<main><dl style="display:grid;grid-template-columns:max-content 1fr"><dt style="margin-top:16px">Series</dt><dd style="margin:0">Friday Hangouts</dd></dl></main>`,
			/the label "Series" sits 16 px off its value/,
		],
	])('find %s', async (_, html, expected) => {
		const page = await browser.newPage();
		try {
			await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
			expect((await layoutProblems(page)).join('\n')).toMatch(expected);
		} finally {
			await page.close();
		}
	});
});
