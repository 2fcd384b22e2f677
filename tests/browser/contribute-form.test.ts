/**
 * The "Submit a recap" form in Chromium: it builds the file, shows the
 * messages of `npm run check` in the page's language, the file it produces
 * passes the check, and it fits a phone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { maxLinkLength } from '../../src/lib/contribute/entry-file.ts';
import { choosePhotos, pressCheck } from '../../scripts/browser/contribute-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { buildSite, fixturesDir, prepareSite, runScript, sharedSite, testNow } from '../support/site-build.ts';

let web: SiteInBrowser;

beforeAll(async () => {
	web = await openSite((await sharedSite('small-site')).dist, { acceptDownloads: true });
});
afterAll(() => web?.close());

type TestPage = Awaited<ReturnType<SiteInBrowser['newPage']>>;

async function fillSession(page: TestPage, day: string, time: string, body = 'Peers asked questions only.') {
	await page.goto(web.url('/contribute/'));
	await page.selectOption('#f-session-series', 'plp-group');
	await page.fill('#f-session-date', day);
	await page.fill('#f-session-date-time', time);
	await page.fill('#f-session-title', 'Volunteers between projects');
	await page.selectOption('#f-session-lang', 'en');
	await page.selectOption('#f-session-format', 'in-person');
	await page.fill('#f-session-place', 'Kaduna');
	await page.selectOption('#f-session-approach', 'als');
	await page.check('fieldset[data-field="presenters"] input[value="named-presenter"]');
	await page.check('fieldset[data-field="themes"] input[value="fundraising"]');
	await page.fill('#f-body', body);
	await pressCheck(page);
}

/** The file as the content folder of a copy of the fixture site would hold it, and what npm run check says. */
function checkInSite(name: string, path: string, text: string): string[] {
	const site = prepareSite(name, join(fixturesDir, 'small-site'), [], { contentOnly: true });
	writeFileSync(join(site.root, path), text);
	return checkContent(site.root).problems.map(formatProblem);
}

/** A recap in Lao with everything a volunteer would give. */
async function fillLaoRecap(page: TestPage, body: string) {
	await page.goto(web.url('/lo/contribute/'));
	await page.selectOption('#f-session-series', 'lao-hangouts');
	await page.fill('#f-session-date', '2026-11-06');
	await page.fill('#f-session-date-time', '14:00');
	await page.fill('#f-session-title', 'ອາຫານເຊົ້າຂອງເດັກນ້ອຍ ຄັ້ງທີ 23');
	await page.fill('#f-session-summary', 'ພວກເຮົາໄດ້ລົມກັນກ່ຽວກັບອາຫານເຊົ້າ.');
	await page.selectOption('#f-session-lang', 'lo');
	await page.selectOption('#f-session-format', 'online');
	await page.selectOption('#f-session-approach', 'talk-discussion');
	await page.fill('#f-session-attendance', '23');
	// Pasted from a Word list: a bullet and a tab before each item, Windows line ends.
	await page.fill('#f-session-takeaways', '•\tອາຫານເຊົ້າສຳຄັນ.\r\n•\tໄຂ່ແມ່ນທາງເລືອກທີ່ດີ.');
	await page.fill('#f-session-resources', 'ຄູ່ມືອາຫານ https://example.org/guide');
	await page.fill('#f-session-next-date', '2026-12-04');
	await page.fill('#f-session-next-topic', 'ອາຫານທ້ອງຖິ່ນ');
	await page.fill('#f-body', body);
	await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
}

describe('the submission form', () => {
	it('produces a file that passes npm run check, with a link that proposes it on GitHub', async () => {
		const page = await web.newPage();
		await fillSession(page, '2026-11-12', '10:00');
		expect(await page.locator('[data-zone]').textContent()).toContain('Africa/Lagos');
		const ready = await page.locator('[data-ready]').textContent();
		expect(ready).toContain('content/sessions/2026-11-12-volunteers-between-projects.md');
		const text = (await page.locator('[data-file]').textContent())!;
		expect(text).toContain('date: 2026-11-12T10:00[Africa/Lagos]');
		expect(checkInSite('form-output', 'content/sessions/2026-11-12-volunteers-between-projects.md', text)).toEqual([]);

		const github = new URL((await page.locator('[data-github]').getAttribute('href'))!);
		expect(github.origin + github.pathname).toBe('https://github.com/example/fixture-hub/new/main');
		expect(github.searchParams.get('filename')).toBe('content/sessions/2026-11-12-volunteers-between-projects.md');
		expect(github.searchParams.get('value')).toBe(text);
		expect(await page.locator('[data-download]').getAttribute('download')).toBe('2026-11-12-volunteers-between-projects.md');
		expect(page.problems.join('\n')).toBe('');
	});

	it('shows the same one-line messages as npm run check', async () => {
		const page = await web.newPage();
		await fillSession(page, '2026-11-12', '10:00', 'Peers asked questions.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([
			'content/sessions/2026-11-12-volunteers-between-projects.md:18: body: found a <script> element; expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
			'content/sessions/2026-11-12-volunteers-between-projects.md:20: body: found a javascript: address; expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
		]);
		expect(await page.locator('[data-result]').isHidden()).toBe(true);
	});

	it('refuses a Chatham House recap that names its presenter, as npm run check does', async () => {
		const page = await web.newPage();
		await fillSession(page, '2026-11-12', '10:00', 'As  presenter quillon said, the accounts go out early.');
		await page.selectOption('#f-session-confidentiality', 'chatham-house');
		await pressCheck(page);
		const shown = await page.locator('[data-problems] li').allTextContents();
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatch(
			/^content\/sessions\/2026-11-12-volunteers-between-projects\.md:\d+: body: found "presenter quillon", the name of named-presenter, on a Chatham House session; expected /,
		);
		expect(await page.locator('[data-result]').isHidden()).toBe(true);
		expect(page.problems.join('\n')).toBe('');
	});

	it('lists every missing field of an empty form, in Lao on the Lao page', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/lo/contribute/'));
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		const shown = await page.locator('[data-problems] li').allTextContents();
		// A folder name is a path on disk and stays as it is.
		expect(shown.find((line) => line.includes(': series: '))).toContain('content/series/');
		for (const field of ['series', 'title', 'date', 'lang', 'format', 'approach']) {
			expect(shown.some((line) => line.includes(`: ${field}: ພົບ ບໍ່ມີຫຍັງ; ຄວນເປັນ `))).toBe(true);
		}
		// Nothing left in English but values (ids, codes, examples).
		for (const line of shown) expect(line).not.toMatch(/\b(found|expected|nothing|one of|the|such as|like)\b/);
		expect(page.problems.join('\n')).toBe('');
	});

	it('speaks Lao on the Lao page: labels, hints, choices and messages', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/lo/contribute/'));
		expect(await page.locator('label[for="f-session-title"]').textContent()).toContain('ຫົວຂໍ້');
		expect(await page.locator('#f-session-title-hint').textContent()).toBe('ຫົວຂໍ້ຂອງກອງປະຊຸມ');
		const confidentiality = await page.locator('#f-session-confidentiality option').allTextContents();
		expect(confidentiality.join(' ')).not.toMatch(/open|chatham-house/);
		// Every hint shown (a message about unreadable photos waits, empty and hidden, until one is chosen).
		const hints = await page.locator('fieldset[data-type="session"] small:not([hidden])').allTextContents();
		expect(hints.length).toBeGreaterThan(15);
		for (const hint of hints) expect(hint).toMatch(/[\u0E80-\u0EFF]/);
		expect(page.problems.join('\n')).toBe('');
	});

	it('makes a complete Lao recap into a file named from the date and the series, which passes npm run check', async () => {
		const page = await web.newPage();
		await fillLaoRecap(page, 'ພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການ.\n\nທຸກຄົນເຫັນດີນຳກັນ.');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([]);
		expect(await page.inputValue('#f-slug')).toBe('fixture-hangouts');
		const text = (await page.locator('[data-file]').textContent())!;
		expect(text).toContain('date: 2026-11-06T14:00[Asia/Vientiane]');
		expect(text).toContain('attendance: 23');
		expect(text).toMatch(/takeaways:\n {2}- ອາຫານເຊົ້າສຳຄັນ\.\n {2}- ໄຂ່ແມ່ນທາງເລືອກທີ່ດີ\./);
		expect(text).toMatch(/resources:\n {2}- title: ຄູ່ມືອາຫານ\n {4}url: https:\/\/example\.org\/guide/);
		expect(text).toMatch(/next:\n {2}date: 2026-12-04\n {2}topic: ອາຫານທ້ອງຖິ່ນ/);
		expect(checkInSite('form-lao', 'content/sessions/2026-11-06-fixture-hangouts.md', text)).toEqual([]);

		// A slug the person typed is kept, and names the file.
		await page.fill('#f-slug', 'breakfast');
		expect(await page.locator('[data-path]').textContent()).toContain('content/sessions/2026-11-06-breakfast.md');
		expect(page.problems.join('\n')).toBe('');
	});

	it('never writes the name of a person who did not agree to be named, and the file passes npm run check', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/lo/contribute/'));
		await page.selectOption('select[name="type"]', 'person');
		await page.selectOption('#f-person-consent-name', 'false');
		await page.fill('#f-person-name', 'Khamla Phommachanh');
		await page.fill('#f-person-role', 'Provincial Volunteer');
		expect(await page.locator('[data-name-withheld]').isVisible()).toBe(true);
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		const text = (await page.locator('[data-file]').textContent())!;
		const path = (await page.locator('[data-download]').getAttribute('download'))!;
		expect(text + path).not.toMatch(/khamla|phommachanh/i);
		expect(path).toBe('provincial-volunteer.md');
		expect(checkInSite('form-person', `content/people/${path}`, text)).toEqual([]);

		// A file name made of the name itself is refused, with the check's own rule.
		await page.fill('#f-slug', 'khamla-phommachanh');
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([
			'content/people/khamla-phommachanh.md:1: file: ພົບ ຊື່ໄຟລ໌ທີ່ມີຊື່ຂອງເຂົາເຈົ້າ, ເຖິງວ່າ consent.name ແມ່ນ false; ຄວນເປັນ ຊື່ໄຟລ໌ທີ່ບໍ່ບົ່ງບອກວ່າແມ່ນໃຜ, ເຊັ່ນ ໜ້າທີ່ ແລະ ສະຖານທີ່ (provincial-volunteer-savannakhet.md)',
		]);
		expect(page.problems.join('\n')).toBe('');
	});

	it('does not propose a brief whose sections are still placeholders, as npm run check would refuse it', async () => {
		const page = await web.newPage();
		await page.goto(web.url('/contribute/'));
		await page.selectOption('select[name="type"]', 'brief');
		await page.fill('#f-brief-title', 'Volunteer networks');
		await page.fill('#f-brief-summary', 'How volunteers keep a network going.');
		await page.fill('#f-brief-country', 'NG');
		await page.check('fieldset[data-type="brief"] fieldset[data-field="themes"] input[value="fundraising"]');
		await page.fill('#f-brief-date', '2026');
		await page.fill('#f-brief-period-from', '2025');
		await page.fill('#f-brief-source-publisher', 'Fixture Network');
		await page.selectOption('#f-brief-lang', 'en');
		await pressCheck(page);
		const shown = await page.locator('[data-problems] li').allTextContents();
		expect(shown.length).toBeGreaterThan(0);
		for (const line of shown)
			expect(line).toMatch(
				/^content\/briefs\/volunteer-networks\.md:\d+: body: found an empty "[^"]+" section; expected a few sentences under the heading$/,
			);
		expect(await page.locator('[data-result]').isHidden()).toBe(true);
		expect(page.problems.join('\n')).toBe('');
	});

	it('offers a prefilled link only while it stays under the limit, and the guided path beyond it', async () => {
		const page = await web.newPage();
		await fillLaoRecap(page, 'ພວກເຮົາໄດ້ແລກປ່ຽນ.');
		const short = (await page.locator('[data-github]').getAttribute('href'))!;
		expect(short.length).toBeLessThanOrEqual(maxLinkLength);
		expect(await page.locator('[data-github]').isVisible()).toBe(true);

		const long = Array.from({ length: 40 }, () => 'ພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການກ່ຽວກັບອາຫານເຊົ້າຂອງເດັກນ້ອຍໃນໂຮງຮຽນ ແລະ ໃນຄອບຄົວ.').join('\n\n');
		await fillLaoRecap(page, long);
		expect(await page.locator('[data-github]').isVisible()).toBe(false);
		expect(await page.locator('[data-long]').isVisible()).toBe(true);
		const empty = new URL((await page.locator('[data-github-empty]').getAttribute('href'))!);
		expect(empty.searchParams.get('filename')).toBe('content/sessions/2026-11-06-fixture-hangouts.md');
		expect(empty.searchParams.has('value')).toBe(false);
		const links = await page.locator('a[href*="github.com"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.length));
		expect(Math.max(...links)).toBeLessThanOrEqual(maxLinkLength);
		expect(page.problems.join('\n')).toBe('');
	});

	it('downloads the entry for someone without a GitHub account, as the file the form showed', async () => {
		const page = await web.newPage();
		await fillLaoRecap(page, 'ພວກເຮົາໄດ້ແລກປ່ຽນ.');
		const shown = await page.locator('[data-file]').textContent();
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
		expect(download.suggestedFilename()).toBe('2026-11-06-fixture-hangouts.md');
		expect(readFileSync(await download.path(), 'utf-8')).toBe(shown);
		// Without file sharing (desktop Chromium here), the share button downloads it too.
		const [shared] = await Promise.all([page.waitForEvent('download'), page.locator('[data-share]').click()]);
		expect(shared.suggestedFilename()).toBe('2026-11-06-fixture-hangouts.md');
		expect(page.problems.join('\n')).toBe('');
	});
});

describe('sending without a GitHub account', () => {
	// It builds in the next scenario, which sends the same recap with photos: one build for both, as a build is the dearest step here.
	it('a recap downloaded from the Lao form is added by a maintainer with npm run new -- --from, and passes npm run check', async () => {
		const page = await web.newPage();
		await fillLaoRecap(page, 'ພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການ.');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
		const site = prepareSite('form-sent-by-whatsapp', join(fixturesDir, 'small-site'));
		const received = join(site.root, '..', download.suggestedFilename());
		await download.saveAs(received);

		const added = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], { cwd: site.root, encoding: 'utf-8' });
		expect(added.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(added.stdout.trim()).toBe('content/sessions/2026-11-06-fixture-hangouts.md');
		expect(readFileSync(join(site.root, 'content/sessions/2026-11-06-fixture-hangouts.md'), 'utf-8')).toBe(readFileSync(received, 'utf-8'));
		expect(runScript(site, 'check').status).toBe(0);

		// The same file again is refused: the id is taken.
		const again = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], { cwd: site.root, encoding: 'utf-8' });
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('the id "2026-11-06-fixture-hangouts", also used by content/sessions/2026-11-06-fixture-hangouts.md');
		expect(page.problems.join('\n')).toBe('');
	});

	it('a Lao recap with two photos from a phone travels as one file, photos resized and stripped; the maintainer adds it, it checks and builds', async () => {
		const page = await web.newPage({ viewport: { width: 390, height: 844 } });
		await fillLaoRecap(page, 'ພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການ.');
		// A phone photo: 3000 × 2000 stored sideways (EXIF orientation 6), with the camera's details and where it was taken.
		const camera = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#2e7d32' } })
			.jpeg()
			.withMetadata({ orientation: 6 })
			.withExif({ IFD0: { Make: 'CanaryPhone', Model: 'Canary 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' } })
			.toBuffer();
		const small = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#f9a825' } })
			.png()
			.toBuffer();
		await choosePhotos(page, [
			{ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: camera },
			{ name: 'screenshot.png', mimeType: 'image/png', buffer: small },
			{ name: 'voice-note.heic', mimeType: 'image/heic', buffer: Buffer.from('not a picture') },
		]);
		// What the browser cannot read is said where the photos were chosen, in Lao; the others are kept.
		expect(await page.locator('[data-photo-unreadable]').textContent()).toBe('ບໍ່ສາມາດອ່ານ voice-note.heic ເປັນຮູບໄດ້: ເລືອກຮູບ JPEG ຫຼື PNG.');
		expect(await page.locator('[data-photos] li').count()).toBe(2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

		// Each photo needs words for people who cannot see it, asked in Lao.
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([
			'ຮູບທີ 1: ບອກວ່າຮູບສະແດງຫຍັງ ສຳລັບຄົນທີ່ເບິ່ງບໍ່ເຫັນ.',
			'ຮູບທີ 2: ບອກວ່າຮູບສະແດງຫຍັງ ສຳລັບຄົນທີ່ເບິ່ງບໍ່ເຫັນ.',
		]);
		const alts = page.locator('[data-photos] textarea');
		await alts.nth(0).fill('ສວນຄົວຂອງໂຮງຮຽນ');
		await alts.nth(1).fill('ໂປສເຕີ [ຮ່າງ] ກ່ຽວກັບອາຫານເຊົ້າ');
		await pressCheck(page, 'ກວດຂໍ້ມູນຂອງຂ້ອຍ');
		expect(await page.locator('[data-problems] li').allTextContents()).toEqual([]);

		// The file shown links the photos by name; with photos, GitHub is reached by the guided path only.
		const shown = (await page.locator('[data-file]').textContent())!;
		expect(shown).toContain('![ສວນຄົວຂອງໂຮງຮຽນ](./images/2026-11-06-fixture-hangouts-1.jpg)');
		expect(shown).toContain('![ໂປສເຕີ \\[ຮ່າງ\\] ກ່ຽວກັບອາຫານເຊົ້າ](./images/2026-11-06-fixture-hangouts-2.jpg)');
		await expect.poll(() => page.locator('[data-short]').isHidden()).toBe(true);
		expect(await page.locator('[data-with-photos]').isVisible()).toBe(true);
		expect(await page.locator('[data-photo-downloads] a').evaluateAll((links) => links.map((a) => a.getAttribute('download')))).toEqual([
			'2026-11-06-fixture-hangouts-1.jpg',
			'2026-11-06-fixture-hangouts-2.jpg',
		]);
		expect(await page.locator('[data-github-upload]').getAttribute('href')).toMatch(/\/upload\/main\/content\/sessions\/images$/);
		const [photoDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-photo-downloads] a').first().click()]);
		expect(photoDownload.suggestedFilename()).toBe('2026-11-06-fixture-hangouts-1.jpg');

		// Without an account: one file, the photos inside.
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
		const site = prepareSite('form-sent-with-photos', join(fixturesDir, 'small-site'));
		const received = join(site.root, '..', download.suggestedFilename());
		await download.saveAs(received);
		const sent = readFileSync(received, 'utf-8');
		const inside = [...sent.matchAll(/\]\(data:image\/jpeg;base64,([^)]+)\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
		expect(inside).toHaveLength(2);
		// Upright, at most 1600 px, and nothing the camera wrote.
		const first = await sharp(inside[0]).metadata();
		expect([first.width, first.height, first.format]).toEqual([1067, 1600, 'jpeg']);
		expect(first.exif).toBeUndefined();
		expect(first.orientation).toBeUndefined();
		expect(inside[0]!.includes('CanaryPhone')).toBe(false);
		expect(await sharp(inside[1]).metadata()).toMatchObject({ width: 800, height: 600, format: 'jpeg' });

		const added = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], { cwd: site.root, encoding: 'utf-8' });
		expect(added.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(added.stdout.trim().split('\n')).toEqual([
			'content/sessions/2026-11-06-fixture-hangouts.md',
			'content/sessions/images/2026-11-06-fixture-hangouts-1.jpg',
			'content/sessions/images/2026-11-06-fixture-hangouts-2.jpg',
		]);
		expect(readFileSync(join(site.root, 'content/sessions/2026-11-06-fixture-hangouts.md'), 'utf-8')).toBe(shown);
		expect(readFileSync(join(site.root, 'content/sessions/images/2026-11-06-fixture-hangouts-1.jpg')).equals(inside[0]!)).toBe(true);
		expect(runScript(site, 'check').status).toBe(0);

		buildSite(site, { PLH_NOW: testNow, PLH_SKIP_CARDS: '1' });
		const built = readFileSync(join(site.dist, 'lo/sessions/2026-11-06-fixture-hangouts/index.html'), 'utf-8');
		expect(built).toContain('ອາຫານເຊົ້າສຳຄັນ');
		expect(existsSync(join(site.dist, 'sessions/2026-11-06-fixture-hangouts/index.html'))).toBe(true);
		expect(built).toMatch(/<img[^>]+alt="ສວນຄົວຂອງໂຮງຮຽນ"/);
		expect(built).toMatch(/<img[^>]+alt="ໂປສເຕີ \[ຮ່າງ\] ກ່ຽວກັບອາຫານເຊົ້າ"/);
		expect(page.problems.join('\n')).toBe('');
	});

	it('a file that the check refuses is not added, and the maintainer reads why', () => {
		const site = prepareSite('form-sent-broken', join(fixturesDir, 'small-site'));
		const received = join(site.root, '..', '2026-11-06-broken.md');
		writeFileSync(
			received,
			'---\nseries: lao-hangouts\ntitle: Broken\ndate: 2026-11-06 14:00\nlang: lo\nformat: online\napproach: als\n---\n',
		);
		const added = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], { cwd: site.root, encoding: 'utf-8' });
		expect(added.status).toBe(1);
		expect(added.stderr).toContain('content/sessions/2026-11-06-broken.md:4: date: found "2026-11-06 14:00"');
		expect(existsSync(join(site.root, 'content/sessions/2026-11-06-broken.md'))).toBe(false);
		// In Lao for a secretariat that reads Lao.
		const inLao = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], {
			cwd: site.root,
			encoding: 'utf-8',
			env: { ...process.env, PLH_LANG: 'lo' },
		});
		expect(inLao.stderr).toContain('content/sessions/2026-11-06-broken.md:4: date: ພົບ "2026-11-06 14:00"; ຄວນເປັນ ');
	});

	it('a sent file whose photo is not a picture is not added, photo included', () => {
		const site = prepareSite('form-sent-bad-photo', join(fixturesDir, 'small-site'));
		const received = join(site.root, '..', '2026-11-06-bad-photo.md');
		const notAPicture = Buffer.from('<script>alert(1)</script>').toString('base64');
		writeFileSync(
			received,
			`---\nseries: lao-hangouts\ntitle: Bad photo\ndate: 2026-11-06T14:00+07:00\nlang: lo\nformat: online\napproach: talk-discussion\n---\n\n![a poster](data:image/jpeg;base64,${notAPicture})\n`,
		);
		const added = spawnSync('npm', ['run', '--silent', 'new', '--', '--from', received], { cwd: site.root, encoding: 'utf-8' });
		expect(added.status).toBe(1);
		expect(added.stderr).toContain(
			'content/sessions/2026-11-06-bad-photo.md:10: body: found content/sessions/images/2026-11-06-bad-photo-1.jpg, which cannot be read as a picture',
		);
		expect(existsSync(join(site.root, 'content/sessions/2026-11-06-bad-photo.md'))).toBe(false);
		expect(existsSync(join(site.root, 'content/sessions/images/2026-11-06-bad-photo-1.jpg'))).toBe(false);
	});
});

describe('the form on a phone', () => {
	for (const [width, height] of [
		[320, 640],
		[390, 844],
	] as const) {
		for (const path of ['/contribute/', '/lo/contribute/']) {
			it(`fits ${path} on a ${width} px screen, with the header's buttons in view`, async () => {
				const page = await web.newPage();
				await page.setViewportSize({ width, height });
				await page.goto(web.url(path));
				await page.locator('form[data-contribute]:not([hidden])').waitFor();
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBe(0);
				const buttons = page.locator('header button:visible, header a:visible');
				expect(await buttons.count()).toBeGreaterThan(0);
				for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
					expect(box.right).toBeLessThanOrEqual(width);
					expect(box.left).toBeGreaterThanOrEqual(0);
				}
				// Every field of every kind fits too.
				await page.selectOption('select[name="type"]', 'brief');
				expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
				expect(page.problems.join('\n')).toBe('');
			});
		}
	}
});
