/** Drives the search page in Chromium as a reader would, and reads what it shows. */
import type { Page } from 'playwright-core';

export type ShownResult = { href: string; title: string; meta: string; excerpt: string };

/** Opens a search URL and waits for the results, loading every page of them (or as many as `enough` needs). */
export async function searchResults(
	page: Page,
	url: string,
	enough?: (hrefs: string[]) => boolean,
): Promise<{ status: string; results: ShownResult[] }> {
	await page.goto(url);
	return readResults(page, enough);
}

/**
 * Searches again from the search page already open, as a reader typing a new query does: the box is filled and
 * the page searches once the typing stops, without loading the page and Pagefind again. A search writes its query
 * into the address and says "Searching…" in the same step, so once the address holds the new query, the answer
 * then awaited is the new one.
 */
export async function searchAgain(
	page: Page,
	query: string,
	enough?: (hrefs: string[]) => boolean,
): Promise<{ status: string; results: ShownResult[] }> {
	const asked = () => page.evaluate(() => new URL(location.href).searchParams.get('q'));
	if ((await asked()) === query) throw new Error(`searchAgain: "${query}" is the query already shown; a page would not search again`);
	await page.locator('[data-search-form] input[name="q"]').fill(query);
	await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
	return readResults(page, enough);
}

/** Waits until the search page has answered: a count with its first results, "nothing found", or an error. */
export async function searchAnswered(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-status]')?.textContent ?? '';
		const items = document.querySelectorAll('[data-results] li').length;
		return status !== '' && !status.endsWith('…') && (items > 0 || !/\d/.test(status));
	});
}

/**
 * Waits until the results on show have their details: each loads as a reader
 * scrolls to it, so each is scrolled to in turn, and the page back to its top.
 */
export async function searchShown(page: Page): Promise<void> {
	await searchAnswered(page);
	const items = page.locator('[data-results] li');
	for (let i = 0, count = await items.count(); i < count; i++) await items.nth(i).scrollIntoViewIfNeeded();
	await page.waitForFunction(() => !document.querySelector('[data-results] li[aria-busy]'));
	await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Every result, loading each page of them, or only as many pages as `enough`
 * needs: it is asked with the addresses shown so far, before each "more".
 */
export async function readResults(page: Page, enough?: (hrefs: string[]) => boolean): Promise<{ status: string; results: ShownResult[] }> {
	await searchAnswered(page);
	for (;;) {
		// Results below the screen come as a reader scrolls to them.
		const items = page.locator('[data-results] li');
		if ((await items.count()) > 0) await items.last().scrollIntoViewIfNeeded();
		await page.waitForFunction(() => !document.querySelector('[data-results] li[aria-busy]'));
		const more = page.locator('[data-more]');
		if (await more.isHidden()) break;
		if (enough?.(await items.evaluateAll((lis) => lis.map((li) => new URL(li.querySelector('a')!.href).pathname)))) break;
		const before = await page.locator('[data-results] li').count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length > n, before);
	}
	return page.evaluate(() => ({
		status: document.querySelector('[data-status]')?.textContent ?? '',
		results: [...document.querySelectorAll('[data-results] li')].map((li) => ({
			href: new URL(li.querySelector('a')!.href).pathname,
			title: li.querySelector('h2')?.textContent ?? '',
			meta: li.querySelector('.plh-meta')?.textContent ?? '',
			excerpt: li.querySelector('p:last-child')?.textContent ?? '',
		})),
	}));
}
