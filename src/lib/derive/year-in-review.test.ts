import { describe, expect, it } from 'vitest';
import { awardSchema } from '../../schemas/award.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { seriesSchema } from '../../schemas/series.ts';
import { sessionSchema } from '../../schemas/session.ts';
import { deriveIndex } from './site-index.ts';
import { deriveYearsInReview, median, yearsInReviewOf } from './year-in-review.ts';

const now = new Date('2026-11-22T00:00:00Z');

const session = (id: string, fields: Record<string, unknown>) => ({
	id,
	data: sessionSchema.parse({ title: id, lang: 'en', format: 'online', approach: 'als', ...fields }),
});
const series = (id: string, timezone: string) => ({
	id,
	data: seriesSchema.parse({
		name: id,
		description: 'A series.',
		joinInfo: 'Ask.',
		network: 'Net',
		country: 'LA',
		lang: 'en',
		timezone,
		cadence: 'monthly',
	}),
});
const organisation = (id: string) => ({ id, data: organisationSchema.parse({ name: id, kind: 'cso' }) });
const award = (month: string, seriesId: string) => ({
	id: `${month}-${seriesId}`,
	data: awardSchema.parse({ month, person: 'ann', series: seriesId, citation: 'For everything.' }),
});

// The figures below are counted by hand from these sessions (now: 22 November 2026).
const sessions = [
	// 31 December 2025 in Vientiane.
	session('h1', {
		series: 'hangouts',
		date: '2025-12-31T20:00+07:00',
		attendance: 10,
		themes: ['nutrition'],
		presenters: ['ann'],
		host: 'org-a',
		commitments: [{ id: 'c1', text: 'Write the policy.', organisation: 'org-a' }],
	}),
	// 1 January 2026 in Vientiane, still 2025 in UTC: the series' zone decides.
	session('h2', {
		series: 'hangouts',
		date: '2026-01-01T00:30+07:00',
		attendance: 20,
		themes: ['nutrition', 'funding'],
		presenters: ['ann', 'bob'],
		host: 'org-a',
		checkIns: [{ session: 'h1', commitment: 'c1', status: 'done' }],
	}),
	session('h3', {
		series: 'hangouts',
		date: '2026-03-06T09:00+07:00',
		attendance: 31,
		themes: ['funding'],
		presenters: ['carl'],
		host: 'org-b',
		approach: 'bmc',
		commitments: [
			{ id: 'c2', text: 'Ask the board.' },
			{ id: 'c3', text: 'Draft a budget.' },
		],
		benchmark: { text: 'A reserve of three months.', roadmap: [{ id: 's1', step: 'Open an account.' }] },
	}),
	// Chatham House: its presenter is not published, so not counted.
	session('h4', {
		series: 'hangouts',
		date: '2026-05-01T09:00+07:00',
		themes: ['nutrition'],
		presenters: ['dana'],
		host: 'org-b',
		confidentiality: 'chatham-house',
		checkIns: [{ session: 'h3', commitment: 'c2', status: 'in-progress' }],
		progress: [{ benchmark: 'h3', step: 's1', status: 'done' }],
	}),
	// Cancelled: none of it counts.
	session('h5', {
		series: 'hangouts',
		date: '2026-06-05T09:00+07:00',
		status: 'cancelled',
		attendance: 99,
		themes: ['safeguarding'],
		presenters: ['eve'],
		host: 'org-c',
		commitments: [{ id: 'c9', text: 'Never made.' }],
	}),
	session('h7', {
		series: 'hangouts',
		date: '2026-07-03T09:00+07:00',
		attendance: 40,
		presenters: ['bob'],
		checkIns: [{ session: 'h3', commitment: 'c2', status: 'done' }],
	}),
	// Still to come: its check-in does not complete c3 in 2026's review.
	session('h6', {
		series: 'hangouts',
		date: '2026-12-04T09:00+07:00',
		attendance: 12,
		presenters: ['fay'],
		checkIns: [{ session: 'h3', commitment: 'c3', status: 'done' }],
	}),
	session('p1', { series: 'plp', date: '2026-02-12T14:00Z', attendance: 8, presenters: ['ann'], host: 'org-c' }),
];

const index = deriveIndex(
	{
		sessions,
		people: [],
		organisations: ['org-a', 'org-b', 'org-c'].map(organisation),
		series: [series('hangouts', 'Asia/Vientiane'), series('plp', 'Europe/London')],
		awards: [award('2025-12', 'hangouts'), award('2026-10', 'hangouts'), award('2026-12', 'hangouts'), award('2026-03', 'plp')],
		briefs: [],
	},
	now,
);
const years = deriveYearsInReview(index);
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('a series’ year in review', () => {
	it('has a page for each year, in the series’ zone, with a session that took place', () => {
		expect(years.yearsOf('hangouts')).toEqual([2025, 2026]);
		expect(years.yearsOf('plp')).toEqual([2026]);
		expect(years.yearsOf('nothing')).toEqual([]);
		expect(years.all()).toHaveLength(3);
	});

	it('counts the sessions held: over and not cancelled', () => {
		expect(ids(years.review('hangouts', 2025)!.sessions)).toEqual(['h1']);
		expect(ids(years.review('hangouts', 2026)!.sessions)).toEqual(['h2', 'h3', 'h4', 'h7']);
	});

	it('totals attendance and takes its median over the sessions that recorded it', () => {
		expect(years.review('hangouts', 2026)!.attendance).toEqual({ recorded: 3, total: 91, median: 31 });
		expect(years.review('hangouts', 2025)!.attendance).toEqual({ recorded: 1, total: 10, median: 10 });
	});

	it('lists the themes covered and the hosts, by sessions', () => {
		const review = years.review('hangouts', 2026)!;
		expect(review.themes).toEqual([
			{ id: 'funding', sessions: 2 },
			{ id: 'nutrition', sessions: 2 },
		]);
		expect(review.hosts).toEqual([
			{ id: 'org-b', sessions: 2 },
			{ id: 'org-a', sessions: 1 },
		]);
	});

	it('names published presenters once and counts those presenting in the series for the first time', () => {
		const review = years.review('hangouts', 2026)!;
		expect(review.presenters).toEqual([
			{ id: 'ann', firstTime: false },
			{ id: 'bob', firstTime: true },
			{ id: 'carl', firstTime: true },
		]);
		expect(review.firstTimePresenters).toBe(2);
		// First time is per series: Ann presented at the hangouts in 2025, and at the PLP group first in 2026.
		expect(years.review('plp', 2026)!.presenters).toEqual([{ id: 'ann', firstTime: true }]);
		expect(years.review('hangouts', 2025)!.firstTimePresenters).toBe(1);
	});

	it('counts commitments made at the year’s sessions, and those reported done at a session held that year', () => {
		expect(years.review('hangouts', 2025)!.commitments).toEqual({ made: 1, completed: 0 });
		// c1 (made in 2025) and c2 were done in 2026; c3's check-in is still to come.
		expect(years.review('hangouts', 2026)!.commitments).toEqual({ made: 2, completed: 2 });
		expect(years.review('plp', 2026)!.commitments).toEqual({ made: 0, completed: 0 });
	});

	it('lists the benchmarks reached in the year', () => {
		expect(ids(years.review('hangouts', 2026)!.benchmarksReached)).toEqual(['h3']);
		expect(years.review('hangouts', 2025)!.benchmarksReached).toEqual([]);
	});

	it('keeps the roll of honour of the series and year, up to now', () => {
		expect(ids(years.review('hangouts', 2025)!.awards)).toEqual(['2025-12-hangouts']);
		expect(ids(years.review('hangouts', 2026)!.awards)).toEqual(['2026-10-hangouts']);
		expect(ids(years.review('plp', 2026)!.awards)).toEqual(['2026-03-plp']);
	});

	it('is derived once per site index', () => {
		expect(yearsInReviewOf(index)).toBe(yearsInReviewOf(index));
		expect(yearsInReviewOf(index).review('hangouts', 2026)!.attendance.total).toBe(91);
	});
});

describe('the median', () => {
	it('is the middle value, or the mean of the two middle ones, of values in any order', () => {
		expect(median([31, 20, 40])).toBe(31);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeUndefined();
	});
});
