/**
 * Debian's Chromium, driven by playwright-core, started the way this
 * workplace allows: headless, no sandbox (root), no background network, and a
 * fresh profile directory each time.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function chromiumMissingMessage(): string | undefined {
	return existsSync(chromiumPath)
		? undefined
		: `Chromium is not installed at ${chromiumPath}: run "apt-get install -y chromium" (or set CHROME_PATH).`;
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export type TestBrowser = { context: BrowserContext; close: () => Promise<void> };

export async function launchBrowser(options: BrowserContextOptions = {}): Promise<TestBrowser> {
	const missing = chromiumMissingMessage();
	if (missing) throw new Error(missing);
	const userDataDir = mkdtempSync(join(tmpdir(), 'plh-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		...options,
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
