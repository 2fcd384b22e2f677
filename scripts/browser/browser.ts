/**
 * Debian's Chromium, driven by playwright-core, started the way this
 * workplace allows: headless, no sandbox (root), no background network.
 * One browser per test file; every page gets a context of its own (its own
 * cookies, storage and cache), so scenarios never share state or race each
 * other's navigations.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath as defaultChromiumPath, installChromium } from '../../src/lib/print/chromium.ts';

export const chromiumPath = defaultChromiumPath();

export function chromiumMissingMessage(): string | undefined {
	return existsSync(chromiumPath)
		? undefined
		: `Chromium is not installed at ${chromiumPath}: run "${installChromium}" (or set CHROME_PATH).`;
}

export { chromiumArgs };

/** The bound on any one wait of a page: waits are for events, so it only matters on a loaded machine, which is slow, not wrong. */
export const pageWaitMs = 60_000;

export type TestBrowser = {
	/** A new page in a fresh context, without service workers unless `options` allow them: nothing is shared with any other page opened here. */
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
};

export async function launchBrowser(defaults: BrowserContextOptions = {}): Promise<TestBrowser> {
	const missing = chromiumMissingMessage();
	if (missing) throw new Error(missing);
	const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
	return {
		newPage: async (options = {}) => {
			// Each page of the site installs its language's service worker, which fetches and keeps about a megabyte:
			// half a page's CPU here, for a worker only the offline tests use. They ask for it with serviceWorkers: 'allow'.
			const context = await browser.newContext({ serviceWorkers: 'block', ...defaults, ...options });
			context.setDefaultTimeout(pageWaitMs);
			const page = await context.newPage();
			page.once('close', () => void context.close().catch(() => undefined));
			return page;
		},
		close: () => browser.close(),
	};
}
