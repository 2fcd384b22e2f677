/**
 * The small fixture site, built once with `npm run build` and read back from
 * `dist/`: every entry has its page, derived pages list the right sessions,
 * drafts and withheld names appear nowhere.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, listDist, readDistText } from '../support/dist-files.ts';
import { projectRoot, sharedSite, type SiteCopy } from '../support/site-build.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { searchWordsFile } from '../../src/lib/search-spelling.ts';
import { indexDigest } from '../../scripts/bench/search-index.ts';

let site: SiteCopy;
const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf-8');
/** The text of the main content, tags stripped, so assertions read like the page. */
const mainText = (path: string) =>
	(/<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '')
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

beforeAll(async () => {
	site = await sharedSite('small-site');
});

describe('the small fixture site', () => {
	it('shows citations, roles, bios and descriptions in the page’s language where written, else another, marked', () => {
		expect(mainText('lo/awards/2026-10')).toContain('ທີ່ສອນເພື່ອນຮ່ວມງານໃຫ້ເຂົ້າຮ່ວມຈາກໂທລະສັບ.');
		expect(mainText('lo/awards/2026-10')).not.toContain('For teaching colleagues');
		expect(mainText('awards/2026-10')).toContain('For teaching colleagues to join from a phone.');
		expect(mainText('lo/series/lao-hangouts')).toContain('ການສົນທະນາປະຈຳເດືອນເປັນພາສາລາວ.');
		expect(mainText('series/lao-hangouts')).toContain('A monthly hangout in Lao.');
		// Written in English only: the Lao page shows it, in English, with a badge that says so.
		expect(html('lo/people/named-presenter')).toMatch(
			/<p class="plh-lead" data-text-lang="en"><span lang="en">Keeps the books[^<]*<\/span> <span class="plh-badge" data-untranslated[^>]*>ມີແຕ່ພາສາອັງກິດ<\/span>/,
		);
		expect(html('people/named-presenter')).toMatch(/<span lang="en">Keeps the books[^<]*<\/span><\/p>/);
		expect(html('lo/people/named-presenter')).toMatch(
			/<dd><span data-text-lang="en"[^>]*><span lang="en">Finance Manager<\/span> <span class="plh-badge"/,
		);
		// A name in Lao script leads on Lao pages, with the Latin one beside it, and the other way round.
		expect(html('lo/people/named-presenter')).toMatch(/<h1[^>]*>ເພຣເຊັນເຕີ ຄວິລລອນ<\/h1>/);
		expect(html('lo/people/named-presenter')).toContain('<p class="plh-meta" lang="en" data-other-name>Presenter Quillon</p>');
		expect(html('people/named-presenter')).toMatch(/<h1[^>]*>Presenter Quillon<\/h1>/);
		expect(html('people/named-presenter')).toContain('<p class="plh-meta" lang="lo" data-other-name>ເພຣເຊັນເຕີ ຄວິລລອນ</p>');
	});

	it('has a page for every entry, in English and in Lao', () => {
		const pages = [
			'',
			'sessions',
			'sessions/2026-03-06-open-hangout',
			'sessions/2026-04-16-chatham-als',
			'sessions/2026-06-18-benchmark',
			'sessions/2026-12-04-upcoming',
			'briefs',
			'briefs/fixture-brief',
			'series',
			'series/lao-hangouts',
			'series/plp-group',
			'people',
			'people/named-presenter',
			'people/unnamed-volunteer',
			'organisations',
			'organisations/secretariat',
			'organisations/member-cso',
			'awards',
			'awards/2026-10',
			'themes',
			'themes/nutrition',
			'themes/fundraising',
			'glossary',
			'toolkit',
			'guides/als',
		];
		for (const page of pages) {
			for (const prefix of ['', 'lo/']) {
				expect(existsSync(join(site.dist, prefix + page, 'index.html')), `${prefix}${page}/`).toBe(true);
			}
		}
	});

	it('marks Lao pages with lang="lo" and English pages with lang="en"', () => {
		expect(html('lo/sessions/2026-03-06-open-hangout')).toMatch(/<html lang="lo"/);
		expect(html('lo/guides/als')).toMatch(/<html lang="lo"/);
		expect(html('sessions/2026-03-06-open-hangout')).toMatch(/<html lang="en"/);
		// A Lao session on an English page keeps its own language on its content.
		expect(html('sessions/2026-03-06-open-hangout')).toMatch(/<h1[^>]*>ການລ້ຽງລູກ|lang="lo"><h1/);
	});

	it('marks the Lao sidebar’s links to untranslated toolkit pages as English, and no others', () => {
		// The toolkit's overview has no Lao translation, so its Lao sidebar link shows its English title; the ALS guide has one.
		const sidebar = (path: string) => /<nav class="sidebar[\s\S]*?<\/nav>/.exec(html(path))?.[0] ?? '';
		for (const path of ['lo/sessions', 'lo/guides/als', 'lo/toolkit']) {
			expect(sidebar(path), path).toMatch(/<a href="\/lo\/toolkit\/"[^>]* lang="en"[^>]*>/);
			expect(sidebar(path), path).toMatch(/<a href="\/lo\/guides\/als\/"(?![^>]* lang=)[^>]*>/);
		}
		expect(sidebar('sessions')).toMatch(/<a href="\/toolkit\/"(?![^>]* lang=)[^>]*>/);
	});

	it('lists what each person presented and facilitated, derived from the sessions', () => {
		const presenter = mainText('people/named-presenter');
		expect(presenter).toContain('Board reporting benchmark');
		expect(presenter).toContain('ການລ້ຽງລູກດ້ວຍນົມແມ່ຢ່າງດຽວ'); // facilitated
		// Under the Chatham House Rule the presenter of an ALS is not published.
		expect(presenter).not.toContain('Keeping staff when a grant ends');
		const volunteer = mainText('people/unnamed-volunteer');
		expect(volunteer).toContain('ການລ້ຽງລູກດ້ວຍນົມແມ່ຢ່າງດຽວ');
	});

	it('counts in the reader’s grammar: one session is "1 session" in English', () => {
		expect(mainText('themes')).toContain('1 session');
		expect(mainText('themes')).not.toContain('1 sessions');
		expect(mainText('lo/themes')).toContain('ກອງປະຊຸມ 1 ຄັ້ງ');
	});

	it('serves a person’s photo resized and stripped of its metadata, never the original', async () => {
		const original = readFileSync(join(site.root, 'content/people/photos/named-presenter.jpg'));
		expect((await sharp(original).metadata()).exif?.includes('exif-canary')).toBe(true); // the fixture carries GPS and a name
		const src = /<img[^>]+class="plh-photo"[^>]*>/.exec(html('people/named-presenter'))?.[0].match(/src="([^"]+)"/)?.[1];
		expect(src).toMatch(/^\/_astro\//);
		const served = readFileSync(join(site.dist, src!));
		const metadata = await sharp(served).metadata();
		expect(metadata.width).toBeLessThanOrEqual(384);
		expect(metadata.exif).toBeUndefined();
		expect(served.includes('exif-canary')).toBe(false);
		expect(filesContaining(site.dist, 'exif-canary')).toEqual([]);
		for (const file of listDist(site.dist)) {
			if (/\.(jpe?g|png|webp|avif)$/.test(file)) expect(readFileSync(join(site.dist, file)).equals(original), file).toBe(false);
		}
	});

	it('lists what each organisation hosted and what its people presented', () => {
		const member = mainText('organisations/member-cso');
		expect(member).toContain('Keeping staff when a grant ends'); // hosted
		expect(member).toContain('Board reporting benchmark'); // hosted and presented
		expect(member).toContain('Presenter Quillon');
	});

	it('builds no page, sitemap entry or index entry for drafts', () => {
		expect(existsSync(join(site.dist, 'sessions/2026-09-04-draft-session'))).toBe(false);
		expect(existsSync(join(site.dist, 'people/draft-person'))).toBe(false);
		expect(filesContaining(site.dist, 'DRAFT-CANARY')).toEqual([]);
		expect(filesContaining(site.dist, 'Personcanary')).toEqual([]);
		expect(filesContaining(site.dist, 'draft-session')).toEqual([]);
	});

	it('never names a person who did not consent, anywhere in dist/', () => {
		expect(listDist(site.dist).length).toBeGreaterThan(50);
		expect(filesContaining(site.dist, 'Nameless-Canary')).toEqual([]);
		expect(filesContaining(site.dist, 'Zebulon')).toEqual([]);
		// They appear by role and organisation instead.
		expect(mainText('awards/2026-10')).toContain('Provincial Volunteer (Women&#39;s &amp; Youth Desk), Fixture Secretariat');
	});

	it('links every page made from a content file to that file in GitHub’s editor', () => {
		const pages = [
			'sessions/2026-03-06-open-hangout',
			'lo/sessions/2026-03-06-open-hangout',
			'people/named-presenter',
			'series/lao-hangouts',
			'organisations/member-cso',
			'themes/nutrition',
			'glossary',
			'lo/glossary',
		];
		for (const page of pages) {
			const file = /href="[^"]*\/edit\/[^/"]+\/(content\/[^"]+)"/.exec(html(page))?.[1];
			expect(file, page).toBeDefined();
			expect(existsSync(join(site.root, file!)), `${page} → ${file}`).toBe(true);
		}
	});

	it('escapes text once: an apostrophe or ampersand never shows as a character reference', () => {
		const twice = /&amp;(#\d+|#x[\da-f]+|[a-z]+);/i;
		const pages = listDist(site.dist).filter((file) => file.endsWith('.html'));
		expect(pages.filter((page) => twice.test(readFileSync(join(site.dist, page), 'utf-8')))).toEqual([]);
		expect(html('people')).toContain('Provincial Volunteer (Women&#39;s &amp; Youth Desk)');
	});

	it('reads those canaries in every kind of output: pages, sitemap, feeds, calendar, search index, card text', () => {
		const files = listDist(site.dist);
		for (const kind of [
			/\.html$/,
			/^sitemap-.*\.xml$/,
			/feed\.xml$/,
			/calendar\.ics$/,
			/^pagefind\/.*\.pf_fragment$/,
			/^pagefind\/.*\.pf_index$/,
		]) {
			expect(
				files.some((f) => kind.test(f)),
				String(kind),
			).toBe(true);
		}
		// Card text travels as og:image:alt and in the award pages' <img alt>: both are in the HTML above.
		expect(readDistText(site.dist, 'awards/2026-10/index.html')).toMatch(/og:image:alt" content="[^"]*Provincial Volunteer/);
	});

	it('shows upcoming sessions as upcoming, according to the pinned "now"', () => {
		expect(mainText('sessions/2026-12-04-upcoming')).toContain('This session has not happened yet');
		expect(mainText('sessions/2026-06-18-benchmark')).not.toContain('This session has not happened yet');
	});

	it('shows session times in the series’ zone, with the zone named, in the reader’s language', () => {
		expect(mainText('sessions/2026-03-06-open-hangout')).toContain('Friday, 6 March 2026, 14:00 (Indochina Time, GMT+7)');
		expect(mainText('lo/sessions/2026-03-06-open-hangout')).toContain('ວັນສຸກ, 6 ມີນາ 2026');
		expect(mainText('sessions/2026-04-16-chatham-als')).toContain('Thursday, 16 April 2026, 10:00 (West Africa Time, GMT+1)');
	});

	it('marks sample entries as samples on their pages', () => {
		expect(html('sessions/2026-03-06-open-hangout')).toContain('data-sample-notice');
		expect(html('people/named-presenter')).toContain('data-sample-notice');
		expect(html('organisations/secretariat')).not.toContain('data-sample-notice');
	});

	it('joins the languages’ search indexes, each built apart, into one bundle that counts every indexed page', () => {
		const entry = JSON.parse(readDistText(site.dist, 'pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = new Map<string, number>();
		for (const page of listDist(site.dist).filter((file) => file.endsWith('.html'))) {
			const text = readDistText(site.dist, page);
			if (!text.includes('data-pagefind-body')) continue;
			const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(text)![1]!;
			indexed.set(lang, (indexed.get(lang) ?? 0) + 1);
		}
		expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual(
			Object.fromEntries(indexed),
		);
		expect([...indexed.keys()].sort()).toEqual(['en', 'lo']);
		expect(readdirSync(site.dist).filter((name) => name.startsWith('pagefind-part'))).toEqual([]);
		for (const lang of indexed.keys()) expect(existsSync(join(site.dist, searchWordsFile(lang))), lang).toBe(true);
	});

	it('builds the same search index with the languages one after another as side by side', async () => {
		const digest = async (languagesAtOnce: number) => {
			const copy = mkdtempSync(join(tmpdir(), 'plh-index-'));
			try {
				cpSync(site.dist, copy, { recursive: true });
				rmSync(join(copy, 'pagefind'), { recursive: true });
				await buildSearchIndex(copy, projectRoot, { languagesAtOnce });
				return indexDigest(join(copy, 'pagefind'));
			} finally {
				rmSync(copy, { recursive: true, force: true });
			}
		};
		expect(await digest(1)).toBe(await digest(2));
	});

	it('keeps its search index free of drafts', () => {
		const index = listDist(site.dist).filter((f) => f.startsWith('pagefind/'));
		expect(index.length).toBeGreaterThan(0);
		expect(index.filter((f) => readDistText(site.dist, f).includes('DRAFT-CANARY'))).toEqual([]);
	});
});
