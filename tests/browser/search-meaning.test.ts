/**
 * Search finds and ranks what a reader means, in Chromium through the real
 * search page: English words in every form the stemmer knows, Lao in every
 * spelling, pages about the query above pages that merely list it, nothing
 * for nonsense, and filters that are always there to choose from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAgain, searchResults } from '../../scripts/browser/search-ui.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { sharedSite } from '../support/site-build.ts';

let bundled: SiteInBrowser;
let fixture: SiteInBrowser;

beforeAll(async () => {
	const [bundledSite, searchSite] = await Promise.all([sharedSite('bundled-site'), sharedSite('overlaid-site')]);
	bundled = await openSite(bundledSite.dist);
	fixture = await openSite(searchSite.dist);
});
afterAll(async () => {
	await bundled?.close();
	await fixture?.close();
});

const hrefs = async (site: SiteInBrowser, page: Awaited<ReturnType<SiteInBrowser['newPage']>>, path: string) =>
	(await searchResults(page, site.url(path))).results.map((r) => r.href);
const q = (text: string) => encodeURIComponent(text);

/**
 * Types each query in turn into one tab of the fixture site, as a reader searching again would (a fresh tab
 * costs more CPU than a search: docs/performance.md), and expects each to find its page: a miss names its query.
 */
async function expectEachFound(searchPath: string, cases: readonly (readonly [query: string, want: string, why: string])[]) {
	const page = await fixture.newPage();
	try {
		const misses: string[] = [];
		for (const [i, [query, want, why]] of cases.entries()) {
			const answer = i === 0 ? await searchResults(page, fixture.url(`${searchPath}?q=${q(query)}`)) : await searchAgain(page, query);
			const found = answer.results.map((r) => r.href);
			if (!found.includes(want)) misses.push(`${query} did not find ${want} (${why}); found: ${found.join(' ') || 'nothing'}`);
		}
		expect(misses).toEqual([]);
		expect(page.problems).toEqual([]);
	} finally {
		await page.close();
	}
}

// Every scenario has its own page, so they run side by side (three at a time, vitest.config.ts).

/**
 * A query and the word form the fixture page holds, one pair per class of
 * suffix Pagefind's English (Snowball) stemmer removes or rewrites.
 */
const wordForms: [query: string, onPage: string, suffixClass: string][] = [
	['policy', 'policy', 'consonant + y becomes i (1c)'],
	['society', 'societies', 'consonant + y, plural in -ies (1a, 1c)'],
	['community', 'community', 'consonant + y (1c)'],
	['advocacy', 'advocacy', 'consonant + y (1c)'],
	['quality', 'qualities', 'consonant + y, plural (1a, 1c)'],
	['strategies', 'strategy', 'plural of a consonant + y word (1a)'],
	['Vanhmy', 'Vanhmy', 'a name ending in consonant + y (1c)'],
	['studied', 'study', '-ied (1a)'],
	['addresses', 'address', '-sses (1a)'],
	['agreed', 'agree', '-eed (1b)'],
	['relating', 'Relate', '-ing after -at, e restored (1b)'],
	['enabling', 'Enable', '-ing after -bl, e restored (1b)'],
	['organizing', 'Organize', '-ing after -iz, e restored (1b)'],
	['planning', 'Plan', 'doubled consonant undone (1b)'],
	['hoping', 'hope', 'short word, e restored (1b)'],
	['conditional', 'condition', '-tional (2)'],
	['facilitator', 'facilitate', '-ator (2)'],
	['responsibility', 'responsible', '-biliti (2)'],
	['technology', 'technologies', '-ogi (2)'],
	['successfully', 'successful', '-fulli (2)'],
	['previously', 'previous', '-ousli (2)'],
	['effectiveness', 'Effective', '-iveness (2)'],
	['formality', 'formal', '-aliti (2)'],
	['agency', 'agencies', '-enci (2)'],
	['helpful', 'Help', '-ful (3)'],
	['awareness', 'aware', '-ness (3)'],
	['practical', 'Practice', '-ical (3)'],
	['rationalize', 'rational', '-alize (3)'],
	['management', 'Manage', '-ement (4)'],
	['dying', 'die', 'an exception (dying, die)'],
	["network's", 'network', "'s (0)"],
	['sessions', 'session', '-s (1a)'],
];

describe.concurrent('English words are found in every form', () => {
	it(`finds the page holding each word in another form: ${wordForms.length} classes of suffix`, () =>
		expectEachFound(
			'/search/',
			wordForms.map(([query, onPage, suffixClass]) => [query, '/toolkit/word-forms/', `it holds "${onPage}"; ${suffixClass}`] as const),
		));

	it('finds the network, its members and people by the words readers type', async () => {
		const page = await bundled.newPage();
		const expected: [string, string][] = [
			['policy', '/sessions/2026-10-15-safeguarding-policy-basics/'],
			['SUN Civil Society Alliance', '/organisations/sun-csa-lao/'],
			['Bounmy', '/people/bounmy-phetsavanh/'],
		];
		for (const [query, first] of expected) expect((await hrefs(bundled, page, `/search/?q=${q(query)}`))[0], query).toBe(first);
		// A single word is also in the label of a theme (Engaging civil society, Partnerships with communities),
		// a page as much about it as the organisation named with it; their scores tie within 1%.
		const amongFirst: [string, string][] = [
			['society', '/organisations/sun-csa-lao/'],
			['civil society', '/organisations/sun-csa-lao/'],
			['community', '/organisations/green-valley-health/'],
		];
		for (const [query, wanted] of amongFirst) {
			expect((await hrefs(bundled, page, `/search/?q=${q(query)}`)).slice(0, 3), query).toContain(wanted);
		}
		expect(await hrefs(bundled, page, `/search/?q=advocacy`)).toContain('/sessions/2026-12-04-nutrition-messages-on-social-media/');
		expect(page.problems).toEqual([]);
	});
});

describe.concurrent('a mistyped word finds the pages of the word meant', () => {
	it('searches for the closest spelling the site’s pages use when the words typed find nothing, and says so', async () => {
		const page = await bundled.newPage();
		// Typed on a phone: a letter left out, two swapped, a letter left out of one word of two; on the Lao page, a Latin name
		// with a wrong letter. (A word cut short needs none of this: Pagefind finds the words it begins.)
		const cases = [
			['/search/', 'nutrtion', 'nutrition', '/briefs/friday-nutrition-hangouts/'],
			['/search/', 'polciy', 'policy', '/sessions/2026-10-15-safeguarding-policy-basics/'],
			['/search/', 'scool gardens', 'school gardens', '/sessions/2026-09-04-school-gardens-and-food-security/'],
			['/lo/search/', 'Whatsaap', 'whatsapp', '/lo/sessions/2026-06-05-zoom-and-whatsapp-for-provincial-staff/'],
		] as const;
		const misses: string[] = [];
		for (const [i, [path, typed, spelled, wanted]] of cases.entries()) {
			const { status, results } =
				i === 0 || path !== cases[i - 1]![0]
					? await searchResults(page, bundled.url(`${path}?q=${q(typed)}`))
					: await searchAgain(page, typed);
			const found = results.map((r) => r.href);
			if (!found.includes(wanted)) misses.push(`${typed} did not find ${wanted}; found: ${found.join(' ') || 'nothing'}`);
			if (!status.includes(`“${typed}”`) || !status.includes(`“${spelled}”`))
				misses.push(`${typed}: the status "${status}" names not both "${typed}" and "${spelled}"`);
			// The address keeps what the reader typed: reloading it or sharing it searches the same way again.
			const asked = await page.evaluate(() => new URL(location.href).searchParams.get('q'));
			if (asked !== typed) misses.push(`${typed}: the address holds ${asked}`);
		}
		expect(misses).toEqual([]);
		// Spelled as the pages spell it, the word is searched for as typed, and the count stands alone.
		expect((await searchAgain(page, 'WhatsApp')).status).toMatch(/^ພົບ \d+ ລາຍການ$/);
		expect(page.problems).toEqual([]);
	});
});

describe.concurrent('a page about the query ranks above pages that list it', () => {
	it('puts the breastfeeding session first for ນົມແມ່, with or without the Session filter', async () => {
		const page = await bundled.newPage();
		const session = '/lo/sessions/2026-03-06-breastfeeding-in-the-first-six-months/';
		expect((await hrefs(bundled, page, `/lo/search/?q=${q('ນົມແມ່')}`))[0]).toBe(session);
		expect((await hrefs(bundled, page, `/lo/search/?q=${q('ນົມແມ່')}&type=session`))[0]).toBe(session);
		// The theme named after the topic is about it as well (its label is indexed, not its list of sessions);
		// no page that lists the session comes before it.
		expect((await hrefs(bundled, page, `/lo/search/?q=${q('ໂຄວິດ')}`)).slice(0, 2)).toEqual([
			'/lo/themes/covid-19-prevention/',
			'/lo/sessions/2020-05-08-covid-19-prevention-for-field-staff/',
		]);
		expect((await hrefs(bundled, page, `/lo/search/?q=${q('ສວນຄົວ')}`))[0]).toBe(
			'/lo/sessions/2026-09-04-school-gardens-and-food-security/',
		);
		expect(page.problems).toEqual([]);
	});

	it('indexes a page’s content only: no share links, no details block, no lists of other pages', async () => {
		const page = await bundled.newPage();
		const whatsapp = await hrefs(bundled, page, '/search/?q=WhatsApp');
		expect(whatsapp[0]).toBe('/sessions/2026-06-05-zoom-and-whatsapp-for-provincial-staff/');
		expect(whatsapp.filter((href) => href.startsWith('/awards/'))).toEqual([]);
		// The session's title is listed on its presenter's, host's and series' pages: only the session answers.
		expect(await hrefs(bundled, page, `/lo/search/?q=${q('ນົມແມ່')}`)).not.toContain('/lo/people/bounmy-phetsavanh/');
		// The excerpt of a session found by its own words shows none of its details: When, date, duration.
		const { results } = await searchResults(page, bundled.url(`/search/?q=${q('benchmark')}&type=session`));
		expect(results[0]?.href).toBe('/sessions/2026-04-16-monthly-financial-reporting-to-the-board/');
		expect(results[0]?.excerpt).not.toMatch(/When|Thursday, 16 April|minutes/);
		expect(page.problems).toEqual([]);
	});

	it('finds a theme page by its label and description, never by the sessions and briefs it lists', async () => {
		const page = await bundled.newPage();
		// Only the theme's description holds the English word; the session is written in Lao.
		const { results } = await searchResults(page, bundled.url('/search/?q=breastfeeding'));
		const theme = results.find((r) => r.href === '/themes/maternal-child-nutrition/');
		expect(theme?.meta).toBe('Theme');
		const lao = await searchResults(page, bundled.url(`/lo/search/?q=${q('ການລະດົມທຶນ')}&type=theme`));
		expect(lao.results.map((r) => r.href)).toEqual(['/lo/themes/fundraising/']);
		expect(lao.results[0]?.meta).toBe('ຫົວຂໍ້');
		// "board" is in the title of a session the Financial management theme lists, and nowhere in the theme itself.
		const board = await hrefs(bundled, page, '/search/?q=board');
		expect(board).toContain('/sessions/2026-04-16-monthly-financial-reporting-to-the-board/');
		expect(board.filter((href) => href.startsWith('/themes/'))).toEqual([]);
		expect(page.problems).toEqual([]);
	});

	it('ranks pages holding a Lao word’s syllables together above pages where they are scattered', async () => {
		const page = await fixture.newPage();
		const found = await hrefs(fixture, page, `/lo/search/?q=${q('ໂພຊະນາການ')}`);
		expect(found.indexOf('/lo/toolkit/together/')).toBeGreaterThanOrEqual(0);
		expect(found.indexOf('/lo/toolkit/together/')).toBeLessThan(found.indexOf('/lo/toolkit/scattered/'));
		const twoWords = await hrefs(fixture, page, `/lo/search/?q=${q('ໂພຊະນາການ ເດັກ')}`);
		expect(twoWords.indexOf('/lo/toolkit/together/')).toBeLessThan(twoWords.indexOf('/lo/toolkit/scattered/'));
		expect(twoWords.indexOf('/lo/toolkit/together/')).toBeGreaterThanOrEqual(0);
		expect(page.problems).toEqual([]);
	});
});

describe.concurrent('nonsense finds nothing', () => {
	it.each([
		['/search/', 'xyzzyplugh'],
		['/lo/search/', 'ກກກກ'],
		// Three letters past "quality": more than a slip or two, and Pagefind would quietly search for "quality".
		['/search/', 'qualityxyz'],
	])('%s?q=%s says nothing was found', async (path, query) => {
		for (const site of [bundled, fixture]) {
			const page = await site.newPage();
			const { status, results } = await searchResults(page, site.url(`${path}?q=${q(query)}`));
			expect(results).toEqual([]);
			expect(status).not.toMatch(/\d/);
			expect(page.problems).toEqual([]);
			await page.close();
		}
	});
});

describe.concurrent('Lao spellings that look alike are the same word', () => {
	const composed = '/lo/toolkit/spelling-composed/';
	const typed = '/lo/toolkit/spelling-typed/';
	const spellings: [query: string, page: string, why: string][] = [
		['ຫມາກກ້ຽງ', composed, 'ໝ typed as ຫ + ມ finds ໝ'],
		['ໝູ່ບ້ານ', typed, 'ໝ finds ຫ + ມ'],
		['ເຫນືອ', composed, 'ໜ typed as ຫ + ນ finds ໜ'],
		['ໜ້າທີ່', typed, 'ໜ finds ຫ + ນ'],
		['ຄໍາແນະນໍາ', composed, 'ຳ typed as ໍ + າ finds ຳ'],
		['ນ້ຳດື່ມ', typed, 'ຳ finds ໍ + tone + າ'],
		['ຫລາຍ', composed, 'ຫລ finds ຫຼ'],
		['ນະຄອນຫຼວງ', typed, 'ຫຼ finds ຫລ'],
		['ຢາກັນຍຸງ', typed, 'a word pasted with a ZERO WIDTH SPACE inside'],
		['ອາສາ\u200Bສະໝັກ', composed, 'a query pasted with a ZERO WIDTH SPACE inside'],
		['ນ້ັນ', composed, 'a tone mark typed before its vowel sign finds ນັ້ນ'],
	];
	it(`finds the page holding each word in its other spelling: ${spellings.length} ways to type it`, () =>
		expectEachFound('/lo/search/', spellings));
});

describe.concurrent('filters are always there', () => {
	const visibleGroups = (page: Awaited<ReturnType<SiteInBrowser['newPage']>>) =>
		page.$$eval('[data-facets] fieldset[data-facet]', (sets) =>
			sets
				.filter((set) => (set as HTMLElement).offsetParent !== null && !(set as HTMLElement).hidden)
				.map((set) => (set as HTMLElement).dataset.facet),
		);
	const count = (page: Awaited<ReturnType<SiteInBrowser['newPage']>>, facet: string, value: string) =>
		page.locator(`fieldset[data-facet="${facet}"] label[data-option="${value}"] [data-count]`).textContent();

	it('shows every group with counts after a search', async ({ expect }) => {
		const page = await bundled.newPage();
		const facetIndexes: string[] = [];
		page.on('request', (request) => void (request.url().includes('/pagefind/filter/') && facetIndexes.push(request.url())));
		await searchResults(page, bundled.url('/search/?q=policy'));
		// Counting downloads each facet's index, so the counts are worked out when the filters open.
		expect(await count(page, 'type', 'session')).toBe('');
		expect(facetIndexes).toEqual([]);
		await page.click('[data-facets] summary');
		expect(await visibleGroups(page)).toEqual(['type', 'theme', 'year', 'language', 'series', 'approach', 'country']);
		await expect.poll(() => count(page, 'type', 'session')).toBe('(2)');
		expect(facetIndexes.length).toBeGreaterThan(0);
		expect(await count(page, 'type', 'award')).toBe('(0)');
		expect(page.problems).toEqual([]);
	});

	it('shows every group with counts when the URL holds only a filter', async () => {
		const page = await bundled.newPage();
		const { results } = await searchResults(page, bundled.url('/search/?type=session'));
		expect(results.length).toBeGreaterThan(0);
		expect(await visibleGroups(page)).toEqual(['type', 'theme', 'year', 'language', 'series', 'approach', 'country']);
		// Other kinds keep their counts, so the reader can widen the choice; years count sessions only.
		expect(await count(page, 'type', 'person')).toMatch(/\([1-9]\d*\)/);
		expect(await count(page, 'year', '2026')).toMatch(/\([1-9]\d*\)/);
		expect(page.problems).toEqual([]);
	});

	it('shows every group with counts before any search', async () => {
		const page = await bundled.newPage();
		await page.goto(bundled.url('/search/'));
		await page.click('[data-facets] summary');
		await page.waitForFunction(() => document.querySelector('label[data-option="session"] [data-count]')?.textContent !== '');
		expect(await visibleGroups(page)).toEqual(['type', 'theme', 'year', 'language', 'series', 'approach', 'country']);
		expect(await count(page, 'type', 'session')).toMatch(/\([1-9]\d*\)/);
		expect(page.problems).toEqual([]);
	});
});
