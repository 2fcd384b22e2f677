/**
 * The submission form's new kinds of answer, in Chromium: a plan, and a
 * session's benchmark with its roadmap, commitments, check-ins and progress
 * reports (lists of small groups of fields, added and removed in the page).
 * Each file the form produces is parsed with the schema and passes the
 * check; the form stays on a 390 px phone in Lao.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { pressCheck } from '../../scripts/browser/contribute-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { fixturesDir, prepareSite, sharedSite } from '../support/site-build.ts';

let web: SiteInBrowser;

beforeAll(async () => {
	web = await openSite((await sharedSite('overlaid-site')).dist);
});
afterAll(() => web?.close());

type TestPage = Awaited<ReturnType<SiteInBrowser['newPage']>>;

/** What npm run check says of the file, written into a copy of the site the form was built from. */
function checkInSite(name: string, path: string, text: string, overlay = true): string[] {
	const site = prepareSite(name, join(fixturesDir, 'small-site'), overlay ? [join(fixturesDir, 'plans-overlay')] : [], {
		contentOnly: true,
	});
	writeFileSync(join(site.root, path), text);
	return checkContent(site.root).problems.map(formatProblem);
}

/** Adds a row to the list `field` and fills it: `{ 'rota.when': '2027-02' }`; a select is chosen, an input typed into. */
async function addRow(page: TestPage, field: string, values: Record<string, string>) {
	const list = page.locator(`fieldset[data-field="${field}"]`);
	await list.locator(':scope > [data-row-add]').click();
	const row = list.locator(':scope > [data-rows] > li').last();
	for (const [name, value] of Object.entries(values)) {
		const control = row.locator(`[name="${name}"]`);
		if ((await control.evaluate((c) => c.tagName)) === 'SELECT') await control.selectOption(value);
		else await control.fill(value);
	}
}

const fileOf = async (page: TestPage) => parseMarkdownFile((await page.locator('[data-file]').textContent())!);

describe('the submission form', () => {
	it('writes a plan in Lao, named after its series, which the schema reads and npm run check passes', async () => {
		const page = await web.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(web.url('/lo/contribute/'));
		await page.selectOption('select[name="type"]', 'plan');
		await page.selectOption('#f-plan-series', 'lao-hangouts');
		await page.check('fieldset[data-field="members"] input[value="secretariat"]');
		await page.fill('#f-plan-goal', 'ອົງການສະມາຊິກເຂັ້ມແຂງຂຶ້ນນຳກັນ.');
		await page.fill('#f-plan-outcomes', 'ສະມາຊິກເຮັດວຽກຮ່ວມກັນເລື້ອຍຂຶ້ນ.\nບັນຊີດີຂຶ້ນ.');
		await page.selectOption('#f-plan-frequency', 'monthly');
		await page.fill('#f-plan-groundRulesAccepted', '2026-11');
		await addRow(page, 'rota', { 'rota.when': '2026-12', 'rota.host': 'secretariat', 'rota.facilitator': 'named-presenter' });
		await addRow(page, 'rota', { 'rota.when': '2027-01' });
		// A row added by mistake is removed again.
		await addRow(page, 'rota', { 'rota.when': '2027-02' });
		await page.locator('fieldset[data-field="rota"] [data-rows] > li').last().getByRole('button', { name: 'ລຶບອອກ' }).click();
		// The slug is the series: no field to name the file.
		expect(await page.locator('[data-slug-field]').isHidden()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([]);
		expect(await page.locator('[data-ready]').textContent()).toContain('content/plans/lao-hangouts.md');
		const file = await fileOf(page);
		expect(planSchema.parse(file.data)).toMatchObject({
			series: 'lao-hangouts',
			members: ['secretariat'],
			goal: { lo: 'ອົງການສະມາຊິກເຂັ້ມແຂງຂຶ້ນນຳກັນ.' },
			outcomes: [{ lo: 'ສະມາຊິກເຮັດວຽກຮ່ວມກັນເລື້ອຍຂຶ້ນ.' }, { lo: 'ບັນຊີດີຂຶ້ນ.' }],
			frequency: 'monthly',
			groundRulesAccepted: '2026-11',
			rota: [{ when: '2026-12', host: 'secretariat', facilitator: 'named-presenter' }, { when: '2027-01' }],
		});
		expect(checkInSite('form-plan', 'content/plans/lao-hangouts.md', (await page.locator('[data-file]').textContent())!)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
		expect(page.problems).toEqual([]);
	});

	it('refuses a second plan for a series, naming the plan it has, and a turn with a date it cannot read', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/contribute/'));
		await page.selectOption('select[name="type"]', 'plan');
		await page.selectOption('#f-plan-series', 'plp-group');
		await page.fill('#f-plan-goal', 'Another goal.');
		await page.fill('#f-plan-outcomes', 'Another outcome.');
		await page.selectOption('#f-plan-frequency', 'monthly');
		await addRow(page, 'rota', { 'rota.when': 'next March' });
		await pressCheck(page);
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([
			'content/plans/plp-group.md:2: series: found plp-group, which already has a plan in content/plans/plp-group.md; expected one plan per series: change that plan, or give this one another series',
			'content/plans/plp-group.md:8: rota[0].when: found "next March"; expected a year, month or day written as 2023, 2023-06 or 2023-06-30',
		]);
		expect(page.problems).toEqual([]);
	});

	it('records a benchmark with its roadmap and commitments, then check-ins and progress on them, each file passing npm run check', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/contribute/'));
		await page.selectOption('#f-session-series', 'plp-group');
		await page.fill('#f-session-date', '2026-11-12');
		await page.fill('#f-session-date-time', '10:00');
		await page.fill('#f-session-title', 'Annual report benchmark');
		await page.selectOption('#f-session-lang', 'en');
		await page.selectOption('#f-session-format', 'online');
		await page.selectOption('#f-session-approach', 'bmc');
		await page.check('fieldset[data-field="presenters"] input[value="named-presenter"]');
		await page.fill('#f-session-benchmark', 'The annual report is out within three months of the year end.');
		await page.fill('#f-session-benchmark-baseline', 'Last year it took seven months.');
		await page.selectOption('#f-session-benchmark-organisation', 'member-cso');
		await addRow(page, 'benchmark.roadmap', {
			'benchmark.roadmap.id': 'timetable',
			'benchmark.roadmap.step': 'Agree a timetable with the auditors',
			'benchmark.roadmap.due': '2027-01',
		});
		await addRow(page, 'commitments', {
			'commitments.id': 'auditor-call',
			'commitments.text': 'Call the auditors this month',
			'commitments.organisation': 'member-cso',
		});
		// A check-in on the commitment an earlier session made, and progress on the small site's benchmark.
		await addRow(page, 'checkIns', {
			'checkIns.session': '2026-10-08-commitments',
			'checkIns.commitment': 'exit-interviews',
			'checkIns.status': 'in-progress',
			'checkIns.note': 'Two interviews so far.',
		});
		await addRow(page, 'progress', { 'progress.benchmark': '2026-06-18-benchmark', 'progress.status': 'done' });
		await pressCheck(page);
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([]);
		const text = (await page.locator('[data-file]').textContent())!;
		const session = sessionSchema.parse(parseMarkdownFile(text).data);
		expect(session.benchmark).toEqual({
			text: 'The annual report is out within three months of the year end.',
			baseline: 'Last year it took seven months.',
			organisation: 'member-cso',
			roadmap: [{ id: 'timetable', step: 'Agree a timetable with the auditors', due: '2027-01' }],
		});
		expect(session.commitments).toEqual([{ id: 'auditor-call', text: 'Call the auditors this month', organisation: 'member-cso' }]);
		expect(session.checkIns).toEqual([
			{ session: '2026-10-08-commitments', commitment: 'exit-interviews', status: 'in-progress', note: 'Two interviews so far.' },
		]);
		expect(session.progress).toEqual([{ benchmark: '2026-06-18-benchmark', status: 'done' }]);
		expect(checkInSite('form-loop', 'content/sessions/2026-11-12-annual-report-benchmark.md', text)).toEqual([]);

		// On a Chatham House session a commitment names nobody: the check's own line says so.
		await page.selectOption('#f-session-confidentiality', 'chatham-house');
		await pressCheck(page);
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/: commitments\[0\]\.organisation: found "member-cso"; expected no organisation on a Chatham House session/),
			]),
		);
		expect(page.problems).toEqual([]);
	});

	it('checks a check-in against what the earlier session committed, with the check’s own line', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/contribute/'));
		await page.selectOption('#f-session-series', 'plp-group');
		await page.fill('#f-session-date', '2026-11-12');
		await page.fill('#f-session-date-time', '10:00');
		await page.fill('#f-session-title', 'A check-in with a typo');
		await page.selectOption('#f-session-lang', 'en');
		await page.selectOption('#f-session-format', 'online');
		await page.selectOption('#f-session-approach', 'als');
		await addRow(page, 'checkIns', {
			'checkIns.session': '2026-10-08-commitments',
			'checkIns.commitment': 'exit-interview',
			'checkIns.status': 'done',
		});
		await pressCheck(page);
		const shown = await page.locator('[data-problems] li').allTextContents();
		expect(shown).toEqual([
			'content/sessions/2026-11-12-a-check-in-with-a-typo.md:11: checkIns[0].commitment: found "exit-interview", which is not a commitment of 2026-10-08-commitments; expected "exit-interviews" (check the spelling), or another of the commitments of that session: exit-interviews',
		]);
		expect(page.problems).toEqual([]);
	});

	it('keeps a benchmark given as a sentence alone a sentence', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/contribute/'));
		await page.selectOption('#f-session-series', 'plp-group');
		await page.fill('#f-session-date', '2026-11-12');
		await page.fill('#f-session-date-time', '10:00');
		await page.fill('#f-session-title', 'A short benchmark');
		await page.selectOption('#f-session-lang', 'en');
		await page.selectOption('#f-session-format', 'online');
		await page.selectOption('#f-session-approach', 'bmc');
		await page.fill('#f-session-benchmark', 'Accounts reach the board within ten working days.');
		await pressCheck(page);
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([]);
		expect((await fileOf(page)).data).toMatchObject({ benchmark: 'Accounts reach the board within ten working days.' });
	});
});
