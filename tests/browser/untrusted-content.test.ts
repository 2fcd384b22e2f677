/**
 * Content from pull requests is untrusted. A recap carrying every usual
 * attack is built into the small site; in Chromium, nothing of it runs or
 * covers the page, and every kind of page keeps a Content-Security-Policy that
 * nothing violates and that stops scripts the build did not write.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptHash } from '../../src/lib/content-security-policy.ts';
import { searchAnswered } from '../../scripts/browser/search-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { spawnSync } from 'node:child_process';
import { fixturesDir, prepareSite, testBuildEnvironment, testNow, type SiteCopy } from '../support/site-build.ts';

let site: SiteCopy;
let web: SiteInBrowser;

beforeAll(async () => {
	// `npm run check` refuses this recap; the build is run without it, to prove
	// the site stays safe even when the check is skipped or fooled. It builds as every test build does
	// (shared card cache, no PDFs: nothing here reads them; 184 s → 106 s for this build, docs/performance.md).
	site = prepareSite('hostile-site', join(fixturesDir, 'small-site'), [join(fixturesDir, 'mistakes/hostile-html')]);
	const build = spawnSync('npx', ['astro', 'build'], {
		cwd: site.root,
		encoding: 'utf-8',
		env: testBuildEnvironment({ PLH_NOW: testNow }),
	});
	if (build.status !== 0) throw new Error(build.stdout + build.stderr);
	web = await openSite(site.dist);
});
afterAll(() => web?.close());

const hostile = '/sessions/2026-07-09-hostile-recap/';

/** One page of each kind, in both languages. */
const pageTypes = [
	'/',
	'/sessions/',
	'/sessions/2026-03-06-open-hangout/',
	'/sessions/2026-12-04-upcoming/',
	hostile,
	'/briefs/fixture-brief/',
	'/series/plp-group/',
	'/people/named-presenter/',
	'/organisations/member-cso/',
	'/awards/2026-10/',
	'/themes/nutrition/',
	'/glossary/',
	'/toolkit/',
	'/guides/als/',
	'/search/?q=benchmark',
	'/404.html',
].flatMap((path) => [path, path === '/404.html' ? path : `/lo${path}`]);

describe('hostile HTML in a recap', () => {
	it('never reaches dist/ as live markup', () => {
		const html = readFileSync(join(site.dist, hostile, 'index.html'), 'utf-8');
		const main = /<main[\s\S]*<\/main>/.exec(html)![0];
		expect(main).not.toMatch(/<script(?![^>]*(type="application\/json"|src=))[^>]*>[^<]*__pwned/);
		const handlers: string[] = [];
		const walk = (node: DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment']) => {
			if ('attrs' in node) handlers.push(...node.attrs.filter((a) => a.name.startsWith('on')).map((a) => a.name));
			if ('childNodes' in node) node.childNodes.forEach(walk);
		};
		walk(parseFragment(main));
		expect(handlers).toEqual([]);
		expect(main).not.toContain('javascript:');
		expect(main).not.toContain('evil.example');
		expect(main).not.toMatch(/style="position:\s*fixed/);
		expect(main).toContain('&lt;script&gt;window.__pwned');
	});

	it('runs nothing and covers nothing in the browser', async () => {
		const dialogs: string[] = [];
		/** The hostile recap, freshly loaded in a page of its own; no request leaves the machine. */
		const openHostile = async () => {
			const page = await web.newPage();
			await page.context().route(
				(url) => url.origin !== new URL(web.url('/')).origin,
				(route) => route.abort(),
			);
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			await page.goto(web.url(hostile));
			return page;
		};
		// Click every link for real, each on its own copy of the page: a live javascript: link would open a dialog.
		const first = await openHostile();
		const links = await first.locator('main a').count();
		expect(links).toBeGreaterThan(0);
		await first.close();
		for (let i = 0; i < links; i++) {
			const page = await openHostile();
			const link = page.locator('main a').nth(i);
			const href = await link.evaluate((a) => ((a as HTMLAnchorElement).matches(':any-link') ? (a as HTMLAnchorElement).href : ''));
			if (href) {
				// A real link may only lead to a web address; wait for the navigation it starts (in a new tab too).
				expect(new URL(href).protocol).toMatch(/^https?:$/);
				await Promise.all([
					page.context().waitForEvent('request', (request) => request.isNavigationRequest() && request.url() === href),
					link.click(),
				]);
			} else {
				// Without an address the browser gives the element no action at all; the click proves it.
				await link.click();
				expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
			}
			// The page is closed, not reused, so a navigation it started cannot interrupt the next one.
			await page.close();
		}
		const page = await openHostile();
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
		const overlay = page.getByText('HOSTILE-OVERLAY');
		expect(await overlay.evaluate((el) => getComputedStyle(el).position)).toBe('static');
		const frames = await page
			.locator('main iframe')
			.evaluateAll((els) => els.map((el) => [el.getAttribute('src'), el.getAttribute('sandbox')]));
		expect(frames).toEqual([['https://www.youtube-nocookie.com/embed/abc123', 'allow-scripts allow-same-origin allow-presentation']]);
	});
});

describe('Content-Security-Policy', () => {
	it('is on every kind of page, forbids other inline scripts, and nothing violates it', async () => {
		const page = await web.newPage();
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { __violations: seen });
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
		});
		for (const path of pageTypes) {
			await page.goto(web.url(path));
			// Violations come from what the page loads: the search page's Pagefind has loaded once it has answered.
			if (path.includes('/search/')) await searchAnswered(page);
			await page.settled();
			const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
			expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
			expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
		}
		// The hostile recap's own <img src="x"> (its handler removed) is the only request that may fail.
		expect(page.problems.filter((p) => !/hostile-recap\/x$|status of 404/.test(p))).toEqual([]);
	});

	it('stops an inline script the build did not write', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/sessions/'));
		const result = await page.evaluate(
			() =>
				new Promise<{ ran: boolean; violation: string }>((resolve) => {
					document.addEventListener('securitypolicyviolation', (e) =>
						resolve({ ran: Boolean((window as unknown as { __injected?: boolean }).__injected), violation: e.violatedDirective }),
					);
					const script = document.createElement('script');
					script.textContent = 'window.__injected = true';
					document.body.append(script);
					// An inline script that is allowed runs during append, and then no violation would ever come.
					if ((window as unknown as { __injected?: boolean }).__injected) resolve({ ran: true, violation: '' });
				}),
		);
		expect(result).toEqual({ ran: false, violation: 'script-src-elem' });
	});
});

describe('toolkit and guide pages from a pull request', () => {
	const guides = ['/guides/hostile-guide/', '/lo/guides/hostile-guide/'];

	it.each(guides)('%s runs nothing and covers nothing', async (path) => {
		const page = await web.newPage();
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(web.url(path));
		const overlay = page.getByText('HOSTILE-DOCS-OVERLAY');
		expect(await overlay.evaluate((el) => getComputedStyle(el).position)).toBe('static');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
		expect(dialogs).toEqual([]);
	});

	it('reads the Markdown after an uppercase </SCRIPT> as Markdown', () => {
		const html = readFileSync(join(site.dist, hostile, 'index.html'), 'utf-8');
		expect(html).toContain('<strong>still Markdown</strong>');
		expect(html).not.toContain('__pwned = "upper"');
	});
});

describe('a policy built from the site’s own scripts', () => {
	const policyOf = (path: string) =>
		/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(site.dist, path, 'index.html'), 'utf-8'))![1]!;

	it('never approves a script that a title smuggled into the page', () => {
		expect(policyOf('guides/hostile-guide')).not.toContain(scriptHash("alert('title')"));
		expect(policyOf(hostile)).not.toContain(scriptHash("window.__pwned = 'title'"));
		// The site's own scripts are approved on the same pages, so the check above is not empty by accident.
		expect(policyOf('guides/hostile-guide')).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){2,};/);
	});

	it('blocks and reports a script that got into a built page', async () => {
		const injected = join(site.dist, 'injected-page');
		mkdirSync(injected, { recursive: true });
		const original = readFileSync(join(site.dist, 'sessions/index.html'), 'utf-8');
		writeFileSync(join(injected, 'index.html'), original.replace('<main', '<script>window.__injected = true</script><main'));
		const page = await web.newPage();
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { __violations: seen });
			document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
		});
		await page.goto(web.url('/injected-page/'));
		await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(['script-src-elem']);
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
	});
});
