/**
 * Offline reading on the built bundled site, in Chromium: after a first
 * visit, with the connection cut (the browser set offline and the server
 * stopped), the toolkit, a guide, a brief and a recent recap of the reader's
 * language still open, and any other page shows the offline page; search
 * says it needs a connection; a rebuilt page is served fresh, never stale;
 * and each language's manifest passes Chrome's own installability check.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, launchBrowser, pageWaitMs, type TestBrowser } from '../../scripts/browser/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/browser/static-server.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { buildOfflineReading, languageFolder } from '../../src/integrations/offline.ts';
import { offlineListLinks, pageFile } from '../../src/lib/offline/precache.ts';
import { projectRoot, sharedSite, type SiteCopy } from '../support/site-build.ts';

let site: SiteCopy;
let browser: TestBrowser;

beforeAll(async () => {
	site = await sharedSite('bundled-site');
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const strings = (lang: string) =>
	JSON.parse(readFileSync(join(projectRoot, 'content/i18n', `${lang}.json`), 'utf-8')) as Record<string, string>;

/** The <title> of a built page, as the browser shows it (entities decoded). */
function builtTitle(dist: string, path: string): string {
	const html = readFileSync(join(dist, pageFile(path)), 'utf-8');
	const raw = /<title>([^<]*)<\/title>/.exec(html)![1]!;
	return raw
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/**
 * Opens `url` and waits until its language's service worker controls the page: the worker claims its pages only
 * once active, which it becomes only after keeping every file of its list. If it never does, says what it saw.
 */
async function openControlled(page: Page, url: string): Promise<void> {
	const failed: string[] = [];
	// The worker's own requests are reported on the context, not the page.
	page.context().on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
	page.context().on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
	});
	await page.goto(url);
	// Bounded by the page's default timeout: `navigator.serviceWorker.ready` in `evaluate` would wait for ever on a failed install.
	await page
		.waitForFunction(() => navigator.serviceWorker.controller !== null)
		.catch(async (error: unknown) => {
			const workers = await page.evaluate(async () =>
				(await navigator.serviceWorker.getRegistrations()).map(
					(r) =>
						`${r.scope}: installing ${r.installing?.state ?? '-'}, waiting ${r.waiting?.state ?? '-'}, active ${r.active?.state ?? '-'}`,
				),
			);
			throw new Error(
				`No service worker took over ${url}; registrations: [${workers.join('; ')}]; failed requests: [${failed.join(', ')}]`,
				{
					cause: error,
				},
			);
		});
}

/** Opens `path` in a fresh context, controlled by its language's service worker. */
async function firstVisit(server: StaticServer, path: string): Promise<Page> {
	const page = await browser.newPage({ serviceWorkers: 'allow' });
	await openControlled(page, server.url + path.replace(/^\//, ''));
	return page;
}

/** No connection at all: the browser is offline and the server is gone (the worker's own requests fail too). */
async function cutConnection(page: Page, server: StaticServer): Promise<void> {
	await page.context().setOffline(true);
	await server.close();
}

const folderOf = (locale: (typeof siteLocales)[number]) => `/${languageFolder(locale)}`;

describe.each(siteLocales.map((locale) => ({ locale, lang: locale.lang, folder: folderOf(locale) })))(
	'reading in $lang with no connection',
	({ lang, folder }) => {
		it(`after a first visit, the toolkit, a guide, a brief and a recent recap open, and any other page shows the offline page`, async () => {
			const listed = offlineListLinks(readFileSync(join(site.dist, pageFile(`${folder}offline/`)), 'utf-8'));
			const recap = listed.find((path) => path.startsWith(`${folder}sessions/`));
			expect(recap).toBeDefined();
			const kept = [`${folder}toolkit/establish/`, `${folder}guides/als/`, `${folder}briefs/friday-nutrition-hangouts/`, recap!];
			for (const path of kept) expect(listed).toContain(path);

			const server = await serveStatic(site.dist);
			const page = await firstVisit(server, `${folder}toolkit/`);
			try {
				const address = (path: string) => server.url + path.replace(/^\//, '');
				await cutConnection(page, server);
				for (const path of kept) {
					await page.goto(address(path));
					expect(await page.title(), path).toBe(builtTitle(site.dist, path));
					expect(await page.locator('[data-offline-list]').count(), path).toBe(0);
				}
				const elsewhere = `${folder}organisations/save-the-children/`;
				await page.goto(address(elsewhere));
				// The offline page stands in at the page's own address, and says the page is not saved.
				expect(new URL(page.url()).pathname).toBe(elsewhere);
				await expect.poll(() => page.locator('h1').innerText()).toBe(strings(lang)['offline.title']);
				expect(await page.locator('[data-offline-missing]').innerText()).toBe(strings(lang)['offline.notSaved']);
				// It links to what is kept, which opens.
				await Promise.all([page.waitForURL(address(kept[2]!)), page.locator(`[data-offline-list] a[href="${kept[2]}"]`).click()]);
				expect(await page.title()).toBe(builtTitle(site.dist, kept[2]!));
			} finally {
				await page.close();
				await server.close().catch(() => undefined);
			}
		});

		it('the search page says plainly that search needs a connection, and links to what can be read', async () => {
			const server = await serveStatic(site.dist);
			const page = await firstVisit(server, `${folder}guides/bmc/`);
			try {
				await cutConnection(page, server);
				await page.goto(`${server.url}${folder.replace(/^\//, '')}search/?q=benchmark`);
				const notice = page.locator('[data-search-offline]');
				await notice.waitFor();
				expect(await notice.innerText()).toContain(strings(lang)['search.offline']);
				expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
					`${folder}toolkit/`,
					`${folder}briefs/`,
					`${folder}offline/`,
				]);
				// Followed offline, the link to what is kept lists it, without saying a page is missing.
				await Promise.all([page.waitForURL(/\/offline\/$/), notice.locator(`a[href="${folder}offline/"]`).click()]);
				await page.locator('[data-offline-list]').waitFor();
				expect(await page.locator('[data-offline-missing]').isHidden()).toBe(true);
			} finally {
				await page.close();
				await server.close().catch(() => undefined);
			}
		});
	},
);

describe('after a rebuild', () => {
	let copy: string;
	beforeAll(() => {
		// The shared build is read by other files at the same time: this scenario changes a copy.
		copy = mkdtempSync(join(tmpdir(), 'plh-offline-update-'));
		cpSync(site.dist, copy, { recursive: true });
	});
	afterAll(() => rmSync(copy, { recursive: true, force: true }));

	it('a reader online gets the new page at once, and the kept copy is replaced by it', async () => {
		const path = '/toolkit/establish/';
		const server = await serveStatic(copy);
		const page = await firstVisit(server, path);
		try {
			const file = join(copy, pageFile(path));
			const changed = 'Updated after the first visit';
			writeFileSync(file, readFileSync(file, 'utf-8').replace(/<title>[^<]*<\/title>/, `<title>${changed}</title>`));
			await buildOfflineReading(projectRoot, copy, '/');

			await page.reload();
			expect(await page.title()).toBe(changed);

			// The new worker keeps the new page and, once it has taken over, no copy of the old one.
			const keptCopies = () =>
				page.evaluate(async (path) => {
					const copies: string[] = [];
					for (const name of await caches.keys()) {
						const cache = await caches.open(name);
						for (const request of await cache.keys()) {
							if (new URL(request.url).pathname === path) copies.push(await (await cache.match(request))!.text());
						}
					}
					return copies;
				}, path);
			await expect.poll(keptCopies).toSatisfy((copies: string[]) => copies.length > 0 && copies.every((html) => html.includes(changed)));
			const controlledByTheNewWorker = () =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return (
						registration?.active?.state === 'activated' &&
						!registration.installing &&
						!registration.waiting &&
						navigator.serviceWorker.controller === registration.active
					);
				});
			await expect.poll(controlledByTheNewWorker).toBe(true);
			await cutConnection(page, server);
			await page.reload();
			expect(await page.title()).toBe(changed);
		} finally {
			await page.close();
			await server.close().catch(() => undefined);
		}
	});

	// After the scenario above, which needs the copy's workers as they are.
	it('a worker over its storage budget stops the build with one line that says what to do', async () => {
		await expect(buildOfflineReading(projectRoot, copy, '/', 100_000)).rejects.toThrow(
			/^Offline reading: the en service worker would keep \d+\.\d\d MB, over its 0\.10 MB budget; keep fewer recaps \(latestRecapCount in src\/lib\/offline\/reading-list\.ts\) or make the pages lighter\.$/,
		);
	});
});

describe('installing the site as an app', () => {
	it.each(siteLocales.map((locale) => ({ lang: locale.lang, folder: folderOf(locale) })))(
		'the $lang manifest passes Chrome’s installability check, with the name in $lang',
		async ({ lang, folder }) => {
			// Chrome offers no installation in an incognito context, which is what browser.newContext() makes: a profile on disk.
			const profile = mkdtempSync(join(tmpdir(), 'plh-install-'));
			const server = await serveStatic(site.dist);
			const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: chromiumArgs });
			context.setDefaultTimeout(pageWaitMs);
			try {
				const page = await context.newPage();
				await openControlled(page, `${server.url}${folder.replace(/^\//, '')}briefs/friday-nutrition-hangouts/`);
				const cdp = await context.newCDPSession(page);
				const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
				expect(installabilityErrors).toEqual([]);
				const { url, data } = await cdp.send('Page.getAppManifest');
				expect(new URL(url).pathname).toBe(`${folder}manifest.webmanifest`);
				const manifest = JSON.parse(data!) as { name: string; short_name: string; lang: string; start_url: string };
				const settings = readFileSync(join(projectRoot, 'content/site.yaml'), 'utf-8');
				expect(settings).toContain(`${lang}: ${manifest.name}`);
				expect(manifest).toMatchObject({ lang, start_url: folder, short_name: strings(lang)['offline.shortName'] });
			} finally {
				await context.close();
				await server.close();
				rmSync(profile, { recursive: true, force: true });
			}
		},
	);
});
