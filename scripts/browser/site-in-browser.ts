/**
 * A built site served on loopback with Chromium pointed at it, for one test
 * file. Every page opened through it has a browser context of its own, and
 * records console errors and failed requests, so each scenario can also check
 * that the console stayed clean.
 *
 * Wait for what a scenario means, never for time or network idleness:
 * `page.goto` waits for the load event; `page.settled()` then waits for the
 * web fonts and for every request already started to finish; a click that
 * navigates is awaited with the navigation it starts
 * (`Promise.all([page.waitForURL(…), link.click()])`).
 */
import type { BrowserContextOptions, Page, Request } from 'playwright-core';
import { launchBrowser, pageWaitMs, type TestBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export type CheckedPage = Page & {
	/** Console errors and warnings, uncaught errors, and responses of 400 or more. */
	problems: string[];
	/** Resolves once the fonts are loaded and no request the page started is still open. */
	settled: () => Promise<void>;
};

export type SiteInBrowser = {
	url: (path: string) => string;
	/** A page in a fresh context; `options` add to the ones given to `openSite`. */
	newPage: (options?: BrowserContextOptions) => Promise<CheckedPage>;
	close: () => Promise<void>;
};

const playwrightBlockedWorker = 'Service Worker registration blocked by Playwright';

export async function openSite(dist: string, options: BrowserContextOptions = {}): Promise<SiteInBrowser> {
	const server: StaticServer = await serveStatic(dist);
	let browser: TestBrowser;
	try {
		browser = await launchBrowser(options);
	} catch (error) {
		await server.close();
		throw error;
	}
	return {
		url: (path) => server.url + path.replace(/^\//, ''),
		newPage: async (pageOptions) => {
			const page = await browser.newPage(pageOptions);
			const open = new Set<Request>();
			const idle: (() => void)[] = [];
			const done = (request: Request) => {
				open.delete(request);
				if (open.size === 0) for (const resolve of idle.splice(0)) resolve();
			};
			page.on('request', (request) => open.add(request));
			page.on('requestfinished', done);
			page.on('requestfailed', done);
			const checked = Object.assign(page, {
				problems: [] as string[],
				settled: async () => {
					await page.evaluate(() => document.fonts.ready.then(() => undefined));
					if (open.size === 0) return;
					// A bound for a request that never ends, so the scenario fails naming it instead of hanging.
					let bound: NodeJS.Timeout | undefined;
					await Promise.race([
						new Promise<void>((resolve) => idle.push(resolve)),
						new Promise<never>((_, reject) => {
							bound = setTimeout(() => {
								const urls = [...open].map((request) => request.url());
								reject(new Error(`settled: after ${pageWaitMs / 1000} s these requests are still open: ${urls.join(', ')}`));
							}, pageWaitMs);
						}),
					]).finally(() => clearTimeout(bound));
				},
			});
			page.on('console', (message) => {
				// Playwright's own word for the service worker browser.ts blocks; the site's registration expects refusals.
				if (message.text() === playwrightBlockedWorker) return;
				if (message.type() === 'error' || message.type() === 'warning')
					checked.problems.push(`console ${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => checked.problems.push(`page error: ${error.message}`));
			page.on('response', (response) => {
				if (response.status() >= 400) checked.problems.push(`HTTP ${response.status()} ${response.url()}`);
			});
			return checked;
		},
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}
