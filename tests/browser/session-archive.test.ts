/**
 * The sessions archive as a finder of past topics, in Chromium on the bundled
 * site: filters narrow the list in place, combine, live in the URL, and work
 * in Lao. What each filter should show is read from the content files, not
 * from the page under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

type Facts = { id: string; series: string; approach: string; lang: string; year: string };

let bundled: SiteCopy;
let web: SiteInBrowser;
let sessions: Facts[];

beforeAll(async () => {
	bundled = await sharedSite('bundled-site');
	web = await openSite(bundled.dist);
	const dir = join(bundled.root, 'content/sessions');
	sessions = readdirSync(dir)
		.filter((file) => file.endsWith('.md'))
		.map((file) => ({
			id: file.replace(/\.md$/, ''),
			data: parseMarkdownFile(readFileSync(join(dir, file), 'utf-8')).data as Record<string, unknown>,
		}))
		.filter(({ data }) => data.draft !== true)
		.map(({ id, data }) => ({
			id,
			series: String(data.series),
			approach: String(data.approach),
			lang: String(data.lang),
			year: String(data.date).slice(0, 4),
		}));
});
afterAll(async () => {
	await web?.close();
});

/** The ids of the sessions the archive shows now. */
async function shown(page: Awaited<ReturnType<SiteInBrowser['newPage']>>) {
	return (
		await page.locator('li[data-session]:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.session))
	).sort();
}
const ids = (list: Facts[]) => list.map((s) => s.id).sort();

describe.concurrent('the sessions archive', () => {
	it('narrows the list in place by series, then by approach as well, and says how many are shown', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/sessions/'));
		expect(await shown(page)).toEqual(ids(sessions));

		await page.locator('[data-session-filters] summary').click();
		await page.locator('select[name="series"]').selectOption('act-plp-north-west');
		const inSeries = sessions.filter((s) => s.series === 'act-plp-north-west');
		expect(inSeries.length).toBeGreaterThan(1);
		expect(await shown(page)).toEqual(ids(inSeries));

		await page.locator('select[name="approach"]').selectOption('bmc');
		const both = inSeries.filter((s) => s.approach === 'bmc');
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(inSeries.length);
		expect(await shown(page)).toEqual(ids(both));
		expect(await page.locator('[data-filter-status]').textContent()).toContain(String(both.length));
		// A year with nothing left in it is hidden with its heading.
		for (const group of await page.locator('[data-session-group]').all()) {
			expect(await group.isVisible()).toBe((await group.locator('li[data-session]:visible').count()) > 0);
		}
		expect(page.problems).toEqual([]);
	});

	it('keeps the choice in the URL, so a filtered archive can be shared and reloaded', async ({ expect }) => {
		const page = await web.newPage();
		await page.goto(web.url('/sessions/'));
		await page.locator('[data-session-filters] summary').click();
		await page.locator('select[name="language"]').selectOption('lo');
		expect(new URL(page.url()).searchParams.get('language')).toBe('lo');

		const shared = await web.newPage();
		await shared.goto(page.url());
		expect(await shared.locator('select[name="language"]').inputValue()).toBe('lo');
		expect(await shown(shared)).toEqual(ids(sessions.filter((s) => s.lang === 'lo')));

		await shared.locator('[data-session-filters] button[type="reset"]').click();
		await expect.poll(() => shown(shared)).toEqual(ids(sessions));
		expect(new URL(shared.url()).search).toBe('');
		expect([...page.problems, ...shared.problems]).toEqual([]);
	});

	it('filters the Lao archive the same way, by year', async () => {
		const page = await web.newPage();
		const year = sessions[0]!.year;
		await page.goto(web.url(`/lo/sessions/?year=${year}`));
		expect(await shown(page)).toEqual(ids(sessions.filter((s) => s.year === year)));
		expect(await page.locator('[data-session-filters]').getAttribute('aria-label')).toMatch(/\p{Script=Lao}/u);
		expect(page.problems).toEqual([]);
	});
});
