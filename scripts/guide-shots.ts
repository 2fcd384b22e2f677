/**
 * `npm run guide-shots`: the pictures in CONTRIBUTING.md and CONTRIBUTING.lo.md,
 * taken from the real submission form of the built site (`dist/`, so run
 * `npm run build` first) on a 390 px phone, in English and in Lao: the date
 * and time pickers with the series' zone, the messages for mistakes, photos
 * with their descriptions, and the ways to send. Written to docs/images/ as
 * WebP; run it again when the form changes, and commit them with the change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { choosePhotos, pressCheck } from './browser/contribute-ui.ts';
import { openSite, type CheckedPage } from './browser/site-in-browser.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'docs/images');
if (!existsSync(join(dist, 'contribute/index.html'))) {
	console.error('No built site in dist/: run npm run build first, then npm run guide-shots.');
	process.exit(1);
}
mkdirSync(out, { recursive: true });

/** What the person types, in each language: the bundled Lao series, as a volunteer would. */
const scenes = {
	en: {
		path: '/contribute/',
		check: 'Check my entry',
		title: 'Nutrition messages on social media',
		lang: 'en',
		alt: 'Pupils planting vegetables in rows in the school garden',
	},
	lo: {
		path: '/lo/contribute/',
		check: 'ກວດຂໍ້ມູນຂອງຂ້ອຍ',
		title: 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມ',
		lang: 'lo',
		alt: 'ນັກຮຽນປູກຜັກເປັນແຖວໃນສວນຄົວຂອງໂຮງຮຽນ',
	},
} as const;

const photo = readFileSync(join(root, 'content/sessions/images/school-garden.jpg'));

async function save(page: CheckedPage, selector: string, name: string) {
	const element = page.locator(selector).first();
	await element.scrollIntoViewIfNeeded();
	await page.settled();
	const image = await sharp(await element.screenshot({ animations: 'disabled' }))
		.webp({ quality: 80 })
		.toBuffer();
	const file = join(out, `${name}.webp`);
	writeFileSync(file, image);
	console.log(`${relative(root, file)} (${(image.length / 1024).toFixed(0)} kB)`);
}

const web = await openSite(dist);
try {
	for (const [lang, scene] of Object.entries(scenes)) {
		const page = await web.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: 'light' });
		await page.goto(web.url(scene.path));
		await page.selectOption('#f-session-series', 'sun-csa-lao-friday-hangouts');
		await page.fill('#f-session-date', '2026-12-04');
		await page.fill('#f-session-date-time', '14:00');
		await save(page, '.plh-when', `contribute-${lang}-1-date`);

		// Mistakes: no title yet, a photo without its description.
		await choosePhotos(page, [{ name: 'garden.jpg', mimeType: 'image/jpeg', buffer: photo }]);
		await pressCheck(page, scene.check);
		await save(page, '[data-problems]', `contribute-${lang}-3-messages`);

		await page.fill('#f-session-title', scene.title);
		await page.selectOption('#f-session-lang', scene.lang);
		await page.selectOption('#f-session-format', 'online');
		await page.selectOption('#f-session-approach', 'talk-discussion');
		await page.locator('[data-photos] textarea').fill(scene.alt);
		await save(page, '[data-photos-field]', `contribute-${lang}-2-photos`);

		await pressCheck(page, scene.check);
		await page.locator('[data-result]:not([hidden])').waitFor();
		await save(page, '[data-result]', `contribute-${lang}-4-send`);
		if (page.problems.length) console.error(`${scene.path}: ${page.problems.join('; ')}`);
		await page.context().close();
	}
} finally {
	await web.close();
}
