/**
 * The year in review, the network in numbers and the themes index of the
 * review fixture site (tests/fixtures/review-site), built with "now" pinned
 * to 22 November 2026. Every figure expected here was counted by hand from
 * the fixture's files; the comments say from which.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContaining } from '../support/dist-files.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

let site: SiteCopy;

const page = (path: string) => parseHTML(readFileSync(join(site.dist, path, 'index.html'), 'utf-8')).document;
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const figures = (path: string): Record<string, string> => {
	const doc = page(path);
	return Object.fromEntries([...doc.querySelectorAll('[data-figure]')].map((el) => [el.getAttribute('data-figure') ?? '', text(el)]));
};
/** Each item's text, its paragraphs apart as a reader sees them. */
const items = (path: string, list: string) =>
	[...page(path).querySelectorAll(`[data-review="${list}"] > li`)].map((li) => {
		const paragraphs = [...li.querySelectorAll('p')];
		return paragraphs.length ? paragraphs.map(text).join(' ') : text(li);
	});

beforeAll(async () => {
	site = await sharedSite('review-site');
});

describe('a series’ year in review', () => {
	it('has a page, in each language, for each series and year with a session that took place', () => {
		for (const path of ['series/review-hangouts/2025', 'series/review-hangouts/2026', 'series/review-plp/2026']) {
			expect(existsSync(join(site.dist, path, 'index.html')), path).toBe(true);
			expect(existsSync(join(site.dist, 'lo', path, 'index.html')), `lo/${path}`).toBe(true);
		}
		// The hangouts' December session is still to come; the PLP group held nothing in 2025.
		expect(existsSync(join(site.dist, 'series/review-hangouts/2027'))).toBe(false);
		expect(existsSync(join(site.dist, 'series/review-plp/2025'))).toBe(false);
	});

	it('counts 2026 at the hangouts from the four sessions held (the cancelled one and the one to come left out)', () => {
		expect(figures('series/review-hangouts/2026')).toEqual({
			sessions: '4',
			// 20 + 31 + 40; the Chatham House check-in recorded no attendance.
			'attendance-total': '91',
			'attendance-median': '31',
			'attendance-recorded': 'Attendance was recorded at 3 of the 4 sessions; the total and median are of those.',
			// Ada (first in 2025), Bounmy and the unnamed field officer (both first); Cyrus presented under the Chatham House rule.
			presenters: '3',
			'first-time': '2',
			// board and budget, made on 6 March.
			'commitments-made': '2',
			// plan (made in 2025, done on 1 January 2026) and board (done on 3 July).
			'commitments-completed': '2',
			'benchmarks-reached': '1',
		});
	});

	it('puts a session in the year of the series’ zone: 1 January in Vientiane is 31 December in UTC', () => {
		expect(figures('series/review-hangouts/2025')).toMatchObject({
			sessions: '1',
			'attendance-total': '12',
			'attendance-median': '12',
			presenters: '1',
			'first-time': '1',
			'commitments-made': '1',
			'commitments-completed': '0',
			'benchmarks-reached': '0',
		});
	});

	it('takes the median of an even count as the mean of the middle two, written as the reader’s language writes it', () => {
		const plp = { sessions: '2', 'attendance-total': '17', presenters: '2', 'first-time': '2', 'commitments-made': '1' };
		expect(figures('series/review-plp/2026')).toMatchObject({ ...plp, 'attendance-median': '8.5', 'commitments-completed': '0' });
		expect(figures('lo/series/review-plp/2026')).toMatchObject({ ...plp, 'attendance-median': '8,5' });
	});

	it('lists themes, presenters (by consent, first-timers marked), hosts, benchmarks, the roll of honour and the sessions', () => {
		const path = 'series/review-hangouts/2026';
		expect(items(path, 'themes')).toEqual(['Fundraising · 2 sessions', 'Nutrition · 2 sessions']);
		expect(page(path).querySelector('[data-review="themes"] a')?.getAttribute('href')).toBe('/themes/fundraising/');
		expect(items(path, 'presenters')).toEqual([
			'Ada Okafor',
			'Bounmy Keo Presented here for the first time',
			"Field Officer, Lake Women's Forum Presented here for the first time",
		]);
		expect(items(path, 'hosts')).toEqual(["Lake Women's Forum · 2 sessions", 'River Health Network · 1 session']);
		expect(items(path, 'benchmarks')).toEqual(['Three months of running costs in reserve. Reported reached at: Closed check-in']);
		// October's volunteer; December's is still to come.
		expect(items(path, 'awards')).toEqual(["October 2026: Field Officer, Lake Women's Forum"]);
		const sessions = [...page(path).querySelectorAll('#sessions ~ ul.plh-list a[href^="/sessions/"]')].map((a) => a.getAttribute('href'));
		expect(new Set(sessions)).toEqual(
			new Set([
				'/sessions/2026-01-01-new-year-nutrition/',
				'/sessions/2026-03-06-reserves-benchmark/',
				'/sessions/2026-05-01-closed-check-in/',
				'/sessions/2026-07-03-board-said-yes/',
			]),
		);
	});

	it('is in Lao on the Lao page, and linked from the series page', () => {
		const lao = page('lo/series/review-hangouts/2026');
		expect(text(lao.querySelector('h1'))).toBe('Review Hangouts: ສະຫຼຸບຜົນປີ 2026');
		expect(text(lao.querySelector('[data-figure="sessions"]'))).toBe('4');
		expect(items('lo/series/review-hangouts/2026', 'themes')).toEqual(['ການລະດົມທຶນ · ກອງປະຊຸມ 2 ຄັ້ງ', 'ໂພຊະນາການ · ກອງປະຊຸມ 2 ຄັ້ງ']);
		const links = [...page('series/review-hangouts').querySelectorAll('.plh-series-years a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(['/series/review-hangouts/2026/', '/series/review-hangouts/2025/']);
		const laoLinks = [...page('lo/series/review-plp').querySelectorAll('.plh-series-years a')].map((a) => a.getAttribute('href'));
		expect(laoLinks).toEqual(['/lo/series/review-plp/2026/']);
	});

	it('has a share card that gives the year’s figures, and prints', () => {
		const doc = page('series/review-hangouts/2026');
		const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
		expect(image).toBe('https://review.example.org/og/series/review-hangouts/2026/card.png');
		expect(existsSync(join(site.dist, 'og/series/review-hangouts/2026/card.png'))).toBe(true);
		expect(existsSync(join(site.dist, 'og/lo/series/review-hangouts/2026/card.png'))).toBe(true);
		expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
			'Year in review · Hangouts. Review Hangouts: 2026 in review. Sessions held: 4 · People who took part, in all: 91. Commitments made: 2 · Commitments completed: 2',
		);
		expect(doc.querySelector('[data-print]')).not.toBeNull();
	});
});

describe('the network in numbers', () => {
	const chart = (path: string, id: string) => page(path).querySelector(`[data-chart="${id}"]`)!;
	const rows = (path: string, id: string) => [...chart(path, id).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));

	it('draws every chart as SVG with a name, and sums it up in a sentence counted from the sessions held', () => {
		const summaries = Object.fromEntries(
			['sessions-per-month', 'attendance', 'themes', 'presenters', 'commitments'].map((id) => {
				const svg = chart('numbers', id).querySelector('svg');
				expect(svg?.getAttribute('role'), id).toBe('img');
				expect(svg?.getAttribute('aria-label'), id).toBeTruthy();
				return [id, text(chart('numbers', id).querySelector('figcaption'))];
			}),
		);
		expect(summaries).toEqual({
			// Seven held: five at the hangouts (31 Dec 2025 to 3 Jul 2026) and two at the PLP group; one session a month at most.
			'sessions-per-month': '7 sessions were held from December 2025 to July 2026; the busiest month was December 2025, with 1.',
			// 12 + 20 + 8 + 31 + 9 + 40.
			attendance: '120 took part in the 6 sessions that recorded attendance; the most in one month was 40, in July 2026.',
			// Fundraising: three sessions in 2026; Nutrition: one in 2025, two in 2026; a tie goes to the first by id.
			themes: '2 themes were covered from 2025 to 2026; the most often was Fundraising, at 3 sessions.',
			// Ada (River Health), Bounmy and the field officer (Lake), Dee (no organisation); not Cyrus.
			presenters: "4 people presented, from 2 organisations; the most, 2, from Lake Women's Forum.",
			// plan and board done, budget open, policy dropped.
			commitments: '4 commitments were made: 2 done, 1 open or in progress, 1 changed or dropped.',
		});
	});

	it('gives each chart’s data as a table', () => {
		expect(rows('numbers', 'sessions-per-month')).toEqual([
			['December 2025', '1', '0'],
			['January 2026', '1', '0'],
			['February 2026', '0', '1'],
			['March 2026', '1', '0'],
			['April 2026', '0', '1'],
			['May 2026', '1', '0'],
			['July 2026', '1', '0'],
		]);
		expect([...chart('numbers', 'sessions-per-month').querySelectorAll('thead th')].map(text)).toEqual(['Month', 'Hangouts', 'PLP group']);
		expect(rows('numbers', 'attendance')).toEqual([
			['December 2025', '1', '12'],
			['January 2026', '1', '20'],
			['February 2026', '1', '8'],
			['March 2026', '1', '31'],
			['April 2026', '1', '9'],
			['July 2026', '1', '40'],
		]);
		expect(rows('numbers', 'themes')).toEqual([
			['Fundraising', '0', '3'],
			['Nutrition', '1', '2'],
		]);
		expect(rows('numbers', 'presenters')).toEqual([
			["Lake Women's Forum", '2'],
			['River Health Network', '1'],
		]);
		expect(text(chart('numbers', 'presenters').querySelector('.plh-meta'))).toBe(
			'Presenters with no organisation given, not in the chart: 1.',
		);
		expect(rows('numbers', 'commitments')).toEqual([
			['Open', '1'],
			['In progress', '0'],
			['Done', '2'],
			['Changed', '0'],
			['Dropped', '1'],
		]);
	});

	it('draws a mark for each figure', () => {
		const marks = (id: string, tag: string) => chart('numbers', id).querySelectorAll(`svg ${tag}`).length;
		expect(marks('sessions-per-month', 'rect')).toBe(7);
		expect(marks('attendance', 'circle')).toBe(6);
		expect(marks('themes', 'circle')).toBe(3);
		expect(marks('presenters', 'rect')).toBe(2);
		expect(marks('commitments', 'rect')).toBe(5);
	});

	it('labels the Lao page’s charts in Lao', () => {
		expect(text(chart('lo/numbers', 'themes').querySelector('svg'))).toContain('ການລະດົມທຶນ');
		expect(text(chart('lo/numbers', 'commitments').querySelector('svg'))).toContain('ສຳເລັດແລ້ວ');
		expect(text(chart('lo/numbers', 'commitments').querySelector('figcaption'))).toBe(
			'ໄດ້ໃຫ້ຄຳໝັ້ນສັນຍາ 4 ຂໍ້: ເຮັດສຳເລັດ 2 ຂໍ້, ຍັງເປີດຢູ່ ຫຼື ກຳລັງດຳເນີນ 1 ຂໍ້, ປ່ຽນແປງ ຫຼື ຍົກເລີກ 1 ຂໍ້.',
		);
	});
});

describe('the figures and the Chatham House rule', () => {
	it('never name a Chatham House presenter, nor a person without name consent', () => {
		const pages = filesContaining(site.dist, 'data-figure').concat(filesContaining(site.dist, 'data-chart'));
		expect(pages.length).toBeGreaterThanOrEqual(8);
		for (const file of pages) {
			const html = readFileSync(join(site.dist, file), 'utf-8');
			expect(html, file).not.toContain('Cyrus Hidden');
			expect(html, file).not.toContain('Nolan Unshown');
		}
	});
});

describe('the themes index', () => {
	it('counts sessions, briefs and toolkit or guide pages under each theme, and shows an empty theme as empty', () => {
		const entries = (path: string): Record<string, string> =>
			Object.fromEntries(
				[...page(path).querySelectorAll('[data-theme-id]')].map((li) => [
					li.getAttribute('data-theme-id') ?? '',
					text(li.querySelector('.plh-meta')),
				]),
			);
		expect(entries('themes')).toEqual({
			// Every session filed under it, past or to come, as the theme's page lists them.
			fundraising: '· 4 sessions · 1 action brief',
			nutrition: '· 3 sessions · 1 toolkit or guide page',
			safeguarding: '· nothing filed yet',
		});
		expect(entries('lo/themes')).toEqual({
			fundraising: '· ກອງປະຊຸມ 4 ຄັ້ງ · ບົດສະຫຼຸບ 1 ສະບັບ',
			nutrition: '· ກອງປະຊຸມ 3 ຄັ້ງ · ໜ້າຄູ່ມື ແລະ ຄຳແນະນຳ 1 ໜ້າ',
			safeguarding: '· ຍັງບໍ່ມີຫຍັງ',
		});
	});

	it('lists the guide pages filed under a theme on its page, by their title in the reader’s language', () => {
		const guides = (path: string) =>
			[...page(path).querySelectorAll('main a[href*="/guides/"]')].map((a) => [a.getAttribute('href'), text(a), a.getAttribute('lang')]);
		expect(guides('themes/nutrition')).toEqual([['/guides/als/', 'Action Learning Sets', 'en']]);
		expect(guides('lo/themes/nutrition')).toEqual([['/lo/guides/als/', 'ກຸ່ມການຮຽນຮູ້ຜ່ານການປະຕິບັດ', 'lo']]);
		expect(guides('themes/fundraising')).toEqual([]);
	});
});
