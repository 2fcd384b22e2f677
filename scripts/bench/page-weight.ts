/**
 * What readers download, measured in Chromium: a first visit to a page (gzip
 * as a server sends it, before images), and a first search from a page
 * already open (what was cached from it costs nothing).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../browser/site-in-browser.ts';

export type Weight = { html: number; css: number; js: number; fonts: number; total: number };

const kinds: Record<string, keyof Omit<Weight, 'total'>> = {
	document: 'html',
	stylesheet: 'css',
	script: 'js',
	fetch: 'js',
	xhr: 'js',
	font: 'fonts',
};

async function transferred(request: Request): Promise<number> {
	if ((await request.sizes()).responseBodySize <= 0) return 0;
	const body = await (await request.response())!.body();
	// Fonts, images, WebAssembly and Pagefind's files are already compressed.
	return body[0] === 0x1f && body[1] === 0x8b
		? body.length
		: request.resourceType() === 'font'
			? body.length
			: gzipSync(body, { level: 6 }).length;
}

function recorder(page: Page) {
	const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, total: 0 };
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) => {
		const kind = kinds[request.resourceType()];
		if (kind) pending.push(transferred(request).then((bytes) => void (weight[kind] += bytes)));
	});
	return async () => {
		await Promise.all(pending);
		weight.total = weight.html + weight.css + weight.js + weight.fonts;
		return weight;
	};
}

/**
 * Each measurement has a fresh browser context, so nothing is cached from an
 * earlier one. Pass `web` to measure in a browser already open on `dist`.
 */
async function measure<T>(dist: string, web: SiteInBrowser | undefined, run: (site: SiteInBrowser) => Promise<T>): Promise<T> {
	if (web) return run(web);
	const site = await openSite(dist);
	try {
		return await run(site);
	} finally {
		await site.close();
	}
}

export function firstVisit(dist: string, path: string, web?: SiteInBrowser): Promise<Weight> {
	return measure(dist, web, async (site) => {
		const page = await site.newPage();
		try {
			const done = recorder(page);
			await page.goto(site.url(path));
			await page.settled();
			return await done();
		} finally {
			await page.close();
		}
	});
}

/**
 * What the submission form loads once a person starts on it (the checker),
 * on top of the first visit to `path`.
 */
export function formChecker(dist: string, path: string, web?: SiteInBrowser): Promise<Weight> {
	return measure(dist, web, async (site) => {
		const page = await site.newPage();
		try {
			await page.goto(site.url(path));
			await page.locator('form[data-contribute]:not([hidden])').waitFor();
			const done = recorder(page);
			await page.locator('form[data-contribute] select[name="type"]').focus();
			await page.locator('form[data-contribute][data-checker="ready"]').waitFor();
			return await done();
		} finally {
			await page.close();
		}
	});
}

/** `search` runs the query on the open page, the way that site offers search. */
export function firstSearch(
	dist: string,
	from: string,
	search: (page: Page, url: (path: string) => string) => Promise<void>,
	web?: SiteInBrowser,
): Promise<Weight> {
	return measure(dist, web, async (site) => {
		const page = await site.newPage();
		try {
			await page.goto(site.url(from));
			await page.settled();
			const done = recorder(page);
			// `search` waits for the first results; what they started loading is counted too.
			await search(page, site.url);
			await page.settled();
			return await done();
		} finally {
			await page.close();
		}
	});
}

/** This site: the header search form leads to the search page. */
export const oursSearch = (query: string) => async (page: Page, url: (path: string) => string) => {
	await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
	await page.locator('[data-results] li a').first().waitFor();
};

/** Stock Starlight: the search button opens Pagefind's default interface. */
export const stockSearch = (query: string) => async (page: Page) => {
	await page.locator('site-search button[data-open-modal]').click();
	await page.locator('#starlight__search input').fill(query);
	await page.locator('.pagefind-ui__result').first().waitFor();
};
