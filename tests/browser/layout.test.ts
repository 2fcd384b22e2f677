/**
 * The layout checks (scripts/browser/layout-checks.ts), which judge boxes, not
 * pixels, so they hold when a word or a colour changes: each on a page made to
 * show its slip, since a check that cannot fail proves nothing. Every kind of
 * page of the bundled site goes through them at 390, 320 and 1366 px in
 * tests/browser/quality.test.ts, in the same tab as its accessibility check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutProblems } from '../../scripts/browser/layout-checks.ts';
import { launchBrowser, type TestBrowser } from '../../scripts/browser/browser.ts';

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
