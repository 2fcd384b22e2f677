import { describe, expect, it } from 'vitest';
import { index } from './test-fixtures/review-index.ts';
import { deriveYearsInReview, median, yearsInReviewOf } from './year-in-review.ts';

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
