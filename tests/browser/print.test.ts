/**
 * Printing, in Chromium on the built bundled site: pages laid out as print
 * media (an A4 page is 794 CSS pixels wide) show their content without the
 * site's furniture, a footer with the page's address and date, a QR code a
 * phone reads back as that address, and the targets of links whose text does
 * not show them. The written-out targets are read from a PDF Chromium prints,
 * since they exist only as generated content. On screen the footer stays
 * hidden, and the Print button shows only where JavaScript runs, drawn with
 * the page rather than added after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type CheckedPage, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { readQrCode } from '../support/qr-code.ts';
import { projectRoot, sharedSite } from '../support/site-build.ts';

const stringsOf = (lang: string) =>
	JSON.parse(readFileSync(join(projectRoot, `content/i18n/${lang}.json`), 'utf-8')) as Record<string, string>;
const en = stringsOf('en');
const lo = stringsOf('lo');

let web: SiteInBrowser;

beforeAll(async () => {
	const site = await sharedSite('bundled-site');
	// Twice the pixels of a screen, so the QR code's modules are sharp in a screenshot, as on paper.
	web = await openSite(site.dist, { viewport: { width: 794, height: 1123 }, deviceScaleFactor: 2 });
});
afterAll(() => web?.close());

/** What a printed page must not show; `pagination` only on toolkit and guide pages, which have it. */
const furniture = {
	header: 'header.header',
	sidebar: 'nav.sidebar',
	'table of contents': 'mobile-starlight-toc, starlight-toc',
	search: '.plh-header-search',
	'language picker': '[data-language-links]',
	'theme switch': 'starlight-theme-select',
	'skip link': '.sl-skip-link',
	'edit link': 'a[href*="/edit/main/"]',
	'last-updated and footer links': 'footer.sl-flex',
	'Print button': '[data-print]',
};
const pagination = '.pagination-links';

async function printedPage(path: string): Promise<CheckedPage> {
	const page = await web.newPage();
	await page.emulateMedia({ media: 'print' });
	await page.goto(web.url(path));
	await page.settled();
	return page;
}

/** The names of the pieces of furniture that show, or are missing from the page (a changed selector would pass unseen). */
async function furnitureShown(page: CheckedPage, selectors: Record<string, string>): Promise<string[]> {
	const shown: string[] = [];
	for (const [name, selector] of Object.entries(selectors)) {
		const found = await page.locator(selector).all();
		if (found.length === 0) shown.push(`${name} (not on the page at all)`);
		for (const element of found) if (await element.isVisible()) shown.push(name);
	}
	return shown;
}

/** The PDF Chromium prints of the page: its text, the size of its first page in points, and the foot of each page. */
async function printedPdf(page: CheckedPage): Promise<{ text: string; pageSize: number[]; feet: { text: string; size: number }[] }> {
	// Letter is asked for, so an A4 result can only come from the page's own @page rule.
	const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
	const loading = getDocument({ data: new Uint8Array(pdf) });
	const printed = await loading.promise;
	let text = '';
	const feet: { text: string; size: number }[] = [];
	for (let n = 1; n <= printed.numPages; n++) {
		// pdf.js types a text item's matrix as any[]: read it as numbers, [a, b, c, d, x, y].
		const items = (await (await printed.getPage(n)).getTextContent()).items.flatMap((item) =>
			'str' in item && item.str.trim() !== ''
				? [{ str: item.str, y: Number(item.transform[5]), size: Math.hypot(Number(item.transform[2]), Number(item.transform[3])) }]
				: [],
		);
		text += items.map((item) => item.str).join('');
		// PDF coordinates rise up the page: the lowest line has the smallest y.
		const bottom = Math.min(...items.map((item) => item.y));
		const line = items.filter((item) => Math.abs(item.y - bottom) < 2);
		feet.push({ text: line.map((item) => item.str).join(''), size: Math.max(...line.map((item) => item.size)) });
	}
	const [, , width, height] = (await printed.getPage(1)).view;
	await loading.destroy();
	// Lines wrap anywhere in a long address: compare without the spaces and line ends.
	return { text: text.replace(/\s+/g, ''), pageSize: [Math.round(width!), Math.round(height!)], feet };
}

const canonical = (page: CheckedPage) => page.locator('link[rel="canonical"]').getAttribute('href');

/** "Last updated: 22 Nov 2026" or "Version of 22 Nov 2026" (the build's date, where git knows none), in the page's language. */
function datePattern(strings: Record<string, string>, lastUpdated: string): RegExp {
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const version = escape(strings['print.version']!).replace(escape('{{date}}'), '.+');
	return new RegExp(`(${escape(lastUpdated)} .+|${version})\\d{4}`);
}

async function expectPrintFooter(page: CheckedPage, dates: RegExp) {
	const address = await canonical(page);
	expect(address).toMatch(/^https:\/\/peer-learning-hub\.example\.org\//);
	const footer = page.locator('.plh-print-footer');
	expect(await footer.isVisible()).toBe(true);
	const text = await footer.innerText();
	expect(text).toContain(decodeURI(address!));
	expect(text).toMatch(dates);
	expect(await readQrCode(await footer.locator('svg').screenshot())).toBe(address);
}

describe('printing a brief', () => {
	it.each([
		['/briefs/friday-nutrition-hangouts/', en, 'Last updated:', ''],
		['/lo/briefs/friday-nutrition-hangouts/', lo, lo['page.lastUpdated']!, '/lo'],
	])(
		'%s hides the furniture, ends with the address, date and a QR code of the page, and writes out link targets',
		async (path, strings, lastUpdated, prefix) => {
			const page = await printedPage(path);
			try {
				expect(await furnitureShown(page, furniture)).toEqual([]);
				expect(await page.locator('main h1').isVisible()).toBe(true);
				await expectPrintFooter(page, datePattern(strings, lastUpdated));

				const { text, pageSize } = await printedPdf(page);
				expect(pageSize).toEqual([595, 842]);
				// A link within the site: its full address; another site's: without the scheme.
				expect(text).toContain(`SavetheChildren(https://peer-learning-hub.example.org${prefix}/organisations/save-the-children/)`);
				// Links whose text is their address are not written twice.
				expect(text).toContain('https://www.suncivilsociety.com/');
				expect(text).not.toContain('https://www.suncivilsociety.com/(');
				expect(text).toContain('info@suncsalaos.org');
				expect(text).not.toContain('info@suncsalaos.org(');
				// Nor are the heading anchors, which lead to a place on the same page.
				expect(text).not.toContain('#overview');
				expect(page.problems).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);
});

describe('printing in the dark theme', () => {
	it('prints a brief in black on white, at a readable size', async () => {
		const page = await web.newPage();
		try {
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
			await page.emulateMedia({ media: 'print' });
			await page.goto(web.url('/briefs/friday-nutrition-hangouts/'));
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			const style = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((element) => {
						const computed = getComputedStyle(element);
						return { color: computed.color, background: computed.backgroundColor, size: computed.fontSize };
					});
			expect((await style('body')).background).toBe('rgb(255, 255, 255)');
			for (const selector of ['main h1', 'main h2', '.sl-markdown-content div[lang] p', '.plh-facts dt', '.plh-facts a']) {
				expect((await style(selector)).color, selector).toBe('rgb(0, 0, 0)');
			}
			// 11 pt.
			expect(parseFloat((await style('.sl-markdown-content div[lang] p')).size)).toBeCloseTo(14.67, 1);
			expect(page.problems).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('printing toolkit, guide and series pages', () => {
	it.each([
		['/toolkit/establish/', en, 'Last updated:', true],
		['/guides/als/', en, 'Last updated:', true],
		['/lo/guides/als/', lo, lo['page.lastUpdated']!, true],
		['/series/sun-csa-lao-friday-hangouts/', en, 'Last updated:', false],
	])('%s prints without the furniture, with the footer and QR code', async (path, strings, lastUpdated, paged) => {
		const page = await printedPage(path);
		try {
			expect(await furnitureShown(page, paged ? { ...furniture, pagination } : furniture)).toEqual([]);
			expect(await page.locator('main .sl-markdown-content').first().isVisible()).toBe(true);
			await expectPrintFooter(page, datePattern(strings, lastUpdated));
			expect(page.problems).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('page breaks', () => {
	// Body text prints at 11 pt, headings down to h4 at 12 pt and more (src/styles/print.css).
	const headingSize = 11.5;
	it.each(['/guides/bmc/', '/guides/als/', '/lo/guides/bmc/', '/lo/guides/als/', '/toolkit/establish/'])(
		'no page of %s ends with a heading',
		async (path) => {
			const page = await printedPage(path);
			try {
				const { feet } = await printedPdf(page);
				expect(feet.length).toBeGreaterThan(1);
				expect(feet.filter((foot) => foot.size > headingSize).map((foot) => foot.text)).toEqual([]);
			} finally {
				await page.close();
			}
		},
	);
});

describe('on screen', () => {
	it('a brief keeps the footer and QR code hidden, and shows the Print button with the page, which opens printing', async () => {
		const page = await web.newPage();
		try {
			await page.goto(web.url('/briefs/friday-nutrition-hangouts/'));
			await page.settled();
			expect(await page.locator('.plh-print-footer').isVisible()).toBe(false);
			expect(await page.locator('.plh-print-footer svg').isVisible()).toBe(false);
			const button = page.getByRole('button', { name: en['print.button'], exact: true });
			expect(await button.isVisible()).toBe(true);
			// Drawn with the page, not revealed by its script afterwards, which moved everything under it.
			expect(await button.getAttribute('hidden')).toBeNull();
			// Search reads neither the button's word nor the footer's address into every brief.
			expect(await page.locator('[data-print][data-pagefind-ignore], .plh-print-footer[data-pagefind-ignore]').count()).toBe(2);
			// Headless Chromium has no dialogue to show, but announces printing as a browser with one would.
			await page.evaluate(() => addEventListener('beforeprint', () => (document.body.dataset.printing = 'yes')));
			await button.click();
			await page.locator('body[data-printing="yes"]').waitFor({ state: 'attached' });
			expect(page.problems).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('a Lao guide names the button in Lao', async () => {
		const page = await web.newPage();
		try {
			await page.goto(web.url('/lo/guides/als/'));
			await page.settled();
			expect(await page.getByRole('button', { name: lo['print.button'], exact: true }).isVisible()).toBe(true);
			expect(page.problems).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('without JavaScript, a brief shows no Print button and no print footer', async () => {
		const page = await web.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(web.url('/briefs/friday-nutrition-hangouts/'));
			expect(await page.locator('[data-print]').count()).toBe(1);
			expect(await page.locator('[data-print]').isVisible()).toBe(false);
			expect(await page.locator('.plh-print-footer').isVisible()).toBe(false);
			expect(await page.getByRole('heading', { name: 'Overview' }).isVisible()).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('a list of briefs, which is for browsing, has neither the button nor the footer', async () => {
		const page = await web.newPage();
		try {
			await page.goto(web.url('/briefs/'));
			expect(await page.locator('[data-print]').count()).toBe(0);
			expect(await page.locator('.plh-print-footer').count()).toBe(0);
		} finally {
			await page.close();
		}
	});
});
