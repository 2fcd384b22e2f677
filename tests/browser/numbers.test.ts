/**
 * The network in numbers and a year in review, in Chromium, on the review
 * fixture site: the charts are there without JavaScript, as SVG images with
 * names, captions and tables; they fit a 390 px phone in Lao; and the pages
 * pass axe in the light and the dark theme.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type CheckedPage, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite } from '../support/site-build.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const charts = ['sessions-per-month', 'attendance', 'themes', 'presenters', 'commitments'];

let web: SiteInBrowser;

beforeAll(async () => {
	web = await openSite((await sharedSite('review-site')).dist);
});
afterAll(() => web?.close());

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

async function axeViolations(page: CheckedPage, label: string): Promise<string[]> {
	const result = (await page.evaluate(() =>
		(window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
			resultTypes: ['violations'],
		}),
	)) as AxeResult;
	return result.violations.map((v) => `${label}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('the charts without JavaScript', () => {
	it.each(['/numbers/', '/lo/numbers/'])('%s shows each chart as an SVG image with a name, a caption and its data table', async (path) => {
		const page = await web.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		try {
			await page.goto(web.url(path));
			for (const id of charts) {
				const chart = page.locator(`[data-chart="${id}"]`);
				const svg = chart.locator('svg[role="img"]');
				expect(await svg.isVisible(), id).toBe(true);
				expect(await svg.getAttribute('aria-label'), id).toBeTruthy();
				const box = (await svg.boundingBox())!;
				// Scaled to the phone, not cut: the whole drawing is inside the page's width.
				expect(box.width, id).toBeGreaterThan(200);
				expect(box.x + box.width, id).toBeLessThanOrEqual(390);
				expect((await chart.locator('figcaption').innerText()).length, id).toBeGreaterThan(20);
				await chart.locator('details > summary').click();
				expect(await chart.locator('table tbody tr').first().isVisible(), id).toBe(true);
			}
			// Nothing on the page is wider than the phone.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			if (path.startsWith('/lo/')) {
				const label = page.locator('[data-chart="themes"] svg text', { hasText: 'ການລະດົມທຶນ' });
				expect(await label.isVisible()).toBe(true);
				// The Lao label is drawn in full inside the drawing, not cut at its edge.
				const [text, svg] = [await label.boundingBox(), await page.locator('[data-chart="themes"] svg').boundingBox()];
				expect(text!.x).toBeGreaterThanOrEqual(svg!.x);
				expect(text!.x + text!.width).toBeLessThanOrEqual(svg!.x + svg!.width);
				expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-chart="themes"] svg text')!).fontFamily)).toContain(
					'Noto Sans Lao',
				);
			}
			expect(page.problems).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('accessibility of the figures', () => {
	it.each(['/numbers/', '/lo/numbers/', '/series/review-hangouts/2026/', '/lo/series/review-plp/2026/', '/themes/'])(
		'%s passes axe (WCAG 2.2 A and AA) in the light and the dark theme',
		async (path) => {
			// axe is injected as an inline script, which the site's own policy rightly refuses.
			const page = await web.newPage({ bypassCSP: true });
			try {
				await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
				await page.goto(web.url(path));
				await page.settled();
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
				await page.addScriptTag({ content: axeSource });
				const failures = await axeViolations(page, `${path} (light)`);
				await page.locator('starlight-theme-select select').first().selectOption('dark');
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
				await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => undefined));
				failures.push(...(await axeViolations(page, `${path} (dark)`)));
				expect(failures.join('\n')).toBe('');
				expect(page.problems).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);

	it('colours the charts from the theme, each colour at 3:1 or more against the page', async () => {
		const page = await web.newPage();
		try {
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
			await page.goto(web.url('/numbers/'));
			const contrasts = () =>
				page.evaluate(() => {
					const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
					const lum = ([r, g, b]: number[]) =>
						[r!, g!, b!]
							.map((v) => v / 255)
							.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
							.reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
					const background = lum(rgb(getComputedStyle(document.body).backgroundColor));
					return [...document.querySelectorAll('[data-chart] svg rect, [data-chart] svg circle')].map((mark) => {
						const fill = lum(rgb(getComputedStyle(mark).fill));
						return (Math.max(fill, background) + 0.05) / (Math.min(fill, background) + 0.05);
					});
				});
			const light = await contrasts();
			expect(light.length).toBeGreaterThan(10);
			for (const ratio of light) expect(ratio).toBeGreaterThanOrEqual(3);
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => undefined));
			for (const ratio of await contrasts()) expect(ratio).toBeGreaterThanOrEqual(3);
		} finally {
			await page.close();
		}
	});
});
