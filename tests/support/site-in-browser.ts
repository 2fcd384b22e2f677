/**
 * A built site served on loopback with Chromium pointed at it, for one test
 * file. Every page opened through it records console errors and failed
 * requests, so each scenario can also check that the console stayed clean.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export type SiteInBrowser = {
	url: (path: string) => string;
	newPage: () => Promise<Page & { problems: string[] }>;
	close: () => Promise<void>;
};

export async function openSite(dist: string, options: BrowserContextOptions = {}): Promise<SiteInBrowser> {
	const server: StaticServer = await serveStatic(dist);
	const browser: TestBrowser = await launchBrowser(options);
	return {
		url: (path) => server.url + path.replace(/^\//, ''),
		newPage: async () => {
			const page = Object.assign(await browser.context.newPage(), { problems: [] as string[] });
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning') page.problems.push(`console ${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
			page.on('response', (response) => {
				if (response.status() >= 400) page.problems.push(`HTTP ${response.status()} ${response.url()}`);
			});
			return page;
		},
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}
