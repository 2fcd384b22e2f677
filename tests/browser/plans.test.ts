/**
 * A series' plan on the built site, in Chromium: the series page sums it up
 * and links to the whole plan; the plan page shows every part of it in the
 * reader's language (a text written only in another is marked), names
 * people on the rota only with their consent, fits a phone, and prints
 * without the site's furniture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite } from '../support/site-build.ts';

let web: SiteInBrowser;

beforeAll(async () => {
	web = await openSite((await sharedSite('overlaid-site')).dist);
});
afterAll(() => web?.close());

const withheldName = 'Zebulon';

describe('a series’ plan', () => {
	it('is summed up on the series page: goal, meetings, members, ground rules and the next turns on the rota, with a link to the whole plan', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/series/plp-group/'));
		const plan = page.locator('[data-series-plan]');
		await expect(plan.getByRole('heading', { name: 'The group’s plan' }).count()).resolves.toBe(1);
		const text = (await plan.textContent())!.replace(/\s+/g, ' ');
		expect(text).toContain('Member organisations grow stronger together.');
		expect(text).toContain('Every two months, about 90 minutes');
		expect(text).toContain('Accepted by the members in February 2026.');
		expect(await plan.locator('.plh-plan-members a[href="/organisations/member-cso/"]').count()).toBe(1);
		// "Now" is 22 November 2026: the next three turns, soonest first; the unnamed volunteer by role only.
		const rows = await plan
			.locator('[data-rota] tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim()).join(' | ')));
		expect(rows).toEqual([
			"December 2026 | Fixture Secretariat | Provincial Volunteer (Women's & Youth Desk), Fixture Secretariat",
			'February 2027 | Member CSO | to be agreed',
			'April 2027 | to be agreed | Presenter Quillon',
		]);
		expect(text).not.toContain(withheldName);
		await plan.getByRole('link', { name: 'The whole plan' }).click();
		await page.waitForURL(/\/series\/plp-group\/plan\/$/);
		expect(page.problems).toEqual([]);
	});

	it('shows every part of the plan on its page, in Lao where it was written in Lao and marked where it was not', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/lo/series/plp-group/plan/'));
		expect(await page.locator('h1').textContent()).toContain('ແຜນຂອງ Fixture PLP Group');
		const headings = await page.locator('main h2').allTextContents();
		expect(headings.map((h) => h.trim())).toEqual(
			expect.arrayContaining(['ເປົ້າໝາຍ', 'ຜົນທີ່ຄາດວ່າຈະໄດ້ຮັບ', 'ການປະຊຸມ', 'ກົດລະບຽບພື້ນຖານ', 'ຕາຕະລາງປ່ຽນກັນ']),
		);
		expect(await page.locator('.plh-lead [lang="lo"]').textContent()).toBe('ອົງການສະມາຊິກເຂັ້ມແຂງຂຶ້ນນຳກັນ.');
		const outcomes = page.locator('[data-plan-outcomes] li');
		expect(await outcomes.nth(0).textContent()).toBe('ສະມາຊິກເຮັດວຽກຮ່ວມກັນເລື້ອຍຂຶ້ນ.');
		// Written in English only: shown, in English, and marked.
		expect(await outcomes.nth(1).locator('[lang="en"]').textContent()).toBe('Each member keeps better accounts.');
		expect(await outcomes.nth(1).locator('[data-untranslated]').count()).toBe(1);
		const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(main).toContain('ທຸກສອງເດືອນ');
		expect(main).toContain('ປະມານ 90 ນາທີ');
		expect(main).toContain('Each member sends the staff who know the topic best.');
		expect(main).toContain('Meetings are for learning from one another, not for lectures.');
		expect(await page.locator('[data-plan-members] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
			'/lo/organisations/member-cso/',
			'/lo/organisations/secretariat/',
		]);
		// The whole rota, in order.
		expect(await page.locator('[data-rota] tbody tr').count()).toBe(5);
		expect(main).not.toContain(withheldName);
		// PDFs are made in builds that publish (PLH_PDF): tests/build/pdf.test.ts reads the plan's.
		expect(page.problems).toEqual([]);
	});

	it('fits a 390 px phone in Lao without sideways scrolling', async () => {
		const page = await web.newPage({ viewport: { width: 390, height: 844 } });
		for (const path of ['/lo/series/plp-group/plan/', '/lo/series/plp-group/']) {
			await page.goto(web.url(path));
			await page.settled();
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBe(0);
		}
	});

	it('prints without the site’s furniture, the whole rota on the page', async () => {
		const page = await web.newPage({ viewport: { width: 794, height: 1123 } });
		await page.emulateMedia({ media: 'print' });
		await page.goto(web.url('/series/plp-group/plan/'));
		await page.settled();
		for (const selector of ['header.header', 'nav.sidebar', '[data-print]', '.plh-pdf-link']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('[data-rota]').isVisible()).toBe(true);
		expect(await page.locator('.plh-print-footer').first().isVisible()).toBe(true);
	});
});
