import { describe, expect, it } from 'vitest';
import { deriveNetworkNumbers, networkNumbersOf } from './network-numbers.ts';
import { index } from './test-fixtures/review-index.ts';

// Counted by hand from test-fixtures/review-index.ts: held are h1, h2, h3, h4, h7 and p1 (h5 was cancelled, h6 is to come).
const numbers = deriveNetworkNumbers(index);

describe('the network in numbers', () => {
	it('spans every month from the first session held to the last, in each series’ zone', () => {
		expect(numbers.months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
		expect(numbers.series).toEqual(['hangouts', 'plp']);
	});

	it('counts sessions held per month and series', () => {
		expect(numbers.sessionsPerMonth).toEqual([
			{ month: '2025-12', series: 'hangouts', sessions: 1 },
			{ month: '2026-01', series: 'hangouts', sessions: 1 },
			{ month: '2026-02', series: 'plp', sessions: 1 },
			{ month: '2026-03', series: 'hangouts', sessions: 1 },
			{ month: '2026-05', series: 'hangouts', sessions: 1 },
			{ month: '2026-07', series: 'hangouts', sessions: 1 },
		]);
		expect(numbers.totals.sessions).toBe(6);
	});

	it('adds up attendance by month over the sessions that recorded it', () => {
		expect(numbers.attendanceByMonth).toEqual([
			{ month: '2025-12', sessions: 1, attendance: 10 },
			{ month: '2026-01', sessions: 1, attendance: 20 },
			{ month: '2026-02', sessions: 1, attendance: 8 },
			{ month: '2026-03', sessions: 1, attendance: 31 },
			{ month: '2026-07', sessions: 1, attendance: 40 },
		]);
		expect(numbers.totals.attendance).toBe(109);
		expect(numbers.totals.attendanceRecorded).toBe(5);
	});

	it('counts sessions on each theme by year', () => {
		expect(numbers.themesByYear).toEqual([
			{ theme: 'nutrition', year: 2025, sessions: 1 },
			{ theme: 'funding', year: 2026, sessions: 2 },
			{ theme: 'nutrition', year: 2026, sessions: 2 },
		]);
	});

	it('counts each published presenter once, under their organisation', () => {
		// Ann and Bob (org-a), Carl (none); Dana presented only under the Chatham House rule, Eve at a cancelled session.
		expect(numbers.presentersByOrganisation).toEqual([{ organisation: 'org-a', presenters: 2 }]);
		expect(numbers.presentersWithoutOrganisation).toBe(1);
		expect(numbers.totals.presenters).toBe(3);
	});

	it('counts the commitments of sessions held by where they stand, every status listed', () => {
		// c1, c2 and c3 are done (c3 by a check-in recorded ahead); c9 was never made, its session was cancelled.
		expect(numbers.commitmentsByStatus).toEqual([
			{ status: 'open', commitments: 0 },
			{ status: 'in-progress', commitments: 0 },
			{ status: 'done', commitments: 3 },
			{ status: 'changed', commitments: 0 },
			{ status: 'dropped', commitments: 0 },
		]);
		expect(numbers.totals.commitments).toBe(3);
	});

	it('picks what each summary says: the busiest month, the most attended, the top theme and organisation (earliest or first on a tie)', () => {
		expect(numbers.highlights).toEqual({
			busiestMonth: { month: '2025-12', sessions: 1 },
			mostAttendedMonth: { month: '2026-07', attendance: 40 },
			themes: 2,
			topTheme: { theme: 'nutrition', sessions: 3 },
			years: [2025, 2026],
			topOrganisation: { organisation: 'org-a', presenters: 2 },
		});
	});

	it('is derived once per site index', () => {
		expect(networkNumbersOf(index)).toBe(networkNumbersOf(index));
	});
});
