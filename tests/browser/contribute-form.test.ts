/**
 * The "Submit a recap" form in Chromium: it builds the file, shows the same
 * messages as `npm run check`, and the file it produces passes the check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { openSite, type SiteInBrowser } from '../support/site-in-browser.ts';
import { fixturesDir, prepareSite, sharedSite } from '../support/site-build.ts';

let web: SiteInBrowser;

beforeAll(async () => {
	web = await openSite((await sharedSite('small-site')).dist);
});
afterAll(() => web?.close());

async function fillSession(page: Awaited<ReturnType<SiteInBrowser['newPage']>>, date: string, body = 'Peers asked questions only.') {
	await page.goto(web.url('/contribute/'));
	await page.selectOption('#f-session-series', 'plp-group');
	await page.fill('#f-session-date', date);
	await page.fill('#f-session-title', 'Volunteers between projects');
	await page.selectOption('#f-session-lang', 'en');
	await page.selectOption('#f-session-format', 'in-person');
	await page.fill('#f-session-place', 'Kaduna');
	await page.selectOption('#f-session-approach', 'als');
	await page.check('fieldset[data-field="presenters"] input[value="named-presenter"]');
	await page.check('fieldset[data-field="themes"] input[value="fundraising"]');
	await page.fill('#f-body', body);
	await page.getByRole('button', { name: 'Check my entry' }).click();
	// The check answers with either its problems or the finished file.
	await page.locator('[data-problems]:not([hidden]), [data-result]:not([hidden])').first().waitFor();
}

describe('the submission form', () => {
	it('produces a file that passes npm run check, with a link that proposes it on GitHub', async () => {
		const page = await web.newPage();
		await fillSession(page, '2026-11-12T10:00+01:00');
		const ready = await page.locator('[data-ready]').textContent();
		expect(ready).toContain('content/sessions/2026-11-12-volunteers-between-projects.md');
		const text = (await page.locator('[data-file]').textContent())!;
		const site = prepareSite('form-output', join(fixturesDir, 'small-site'), [], { contentOnly: true });
		writeFileSync(join(site.root, 'content/sessions/2026-11-12-volunteers-between-projects.md'), text);
		expect(checkContent(site.root).problems.map(formatProblem)).toEqual([]);

		const github = new URL((await page.locator('[data-github]').getAttribute('href'))!);
		expect(github.origin + github.pathname).toBe('https://github.com/example/fixture-hub/new/main');
		expect(github.searchParams.get('filename')).toBe('content/sessions/2026-11-12-volunteers-between-projects.md');
		expect(github.searchParams.get('value')).toBe(text);
		expect(await page.locator('[data-download]').getAttribute('download')).toBe('2026-11-12-volunteers-between-projects.md');
		expect(page.problems.join('\n')).toBe('');
	});

	it('shows the same one-line messages as npm run check', async () => {
		const page = await web.newPage();
		await fillSession(page, '2026-11-12 10:00');
		const shown = await page.locator('[data-problems] li').allTextContents();
		expect(shown).toEqual([
			'content/sessions/2026-11-12-volunteers-between-projects.md:3: date: found "2026-11-12 10:00"; expected a date and time with a UTC offset or a time zone, like 2026-12-05T09:00+07:00 or 2026-12-05T09:00[Asia/Vientiane]',
		]);
		expect(await page.locator('[data-result]').isHidden()).toBe(true);

		await fillSession(page, '2026-11-12T10:00+01:00', 'Peers asked questions.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([
			'content/sessions/2026-11-12-volunteers-between-projects.md:15: body: found a <script> element, a javascript: address; expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
		]);
	});

	it('works in Lao, with the field labels in Lao', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/lo/contribute/'));
		expect(await page.locator('label[for="f-session-title"]').textContent()).toContain('ຫົວຂໍ້');
		expect(page.problems.join('\n')).toBe('');
	});
});
