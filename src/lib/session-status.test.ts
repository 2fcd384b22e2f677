import { describe, expect, it } from 'vitest';
import { calendarSequence, isUpcomingAt, publishedJoinUrl, sessionEnd, sessionStart, tookPlaceBy } from './session-status.ts';

const date = new Date('2026-12-04T07:00:00Z');
const session = {
	date,
	newDate: undefined as Date | undefined,
	durationMinutes: 90,
	status: 'scheduled' as 'scheduled' | 'postponed' | 'cancelled',
	joinUrl: 'https://meet.example.org/x' as string | undefined,
};
const at = (iso: string) => new Date(iso);

describe('when a session takes place', () => {
	it('starts at its date, or a postponed session at its new date, and ends after its duration', () => {
		expect(sessionStart(session)).toBe(date);
		const moved = { ...session, status: 'postponed' as const, newDate: new Date('2026-12-11T07:00:00Z') };
		expect(sessionStart(moved).toISOString()).toBe('2026-12-11T07:00:00.000Z');
		expect(sessionEnd(moved).toISOString()).toBe('2026-12-11T08:30:00.000Z');
	});

	it('is upcoming until it ends, so a session in progress can still be joined', () => {
		expect(isUpcomingAt(session, at('2026-12-04T06:59:00Z'))).toBe(true);
		expect(isUpcomingAt(session, at('2026-12-04T08:29:00Z'))).toBe(true);
		expect(isUpcomingAt(session, at('2026-12-04T08:30:00Z'))).toBe(false);
	});

	it('took place once over, unless it was cancelled', () => {
		expect(tookPlaceBy(session, at('2026-12-04T08:00:00Z'))).toBe(false);
		expect(tookPlaceBy(session, at('2026-12-05T00:00:00Z'))).toBe(true);
		expect(tookPlaceBy({ ...session, status: 'cancelled' }, at('2026-12-05T00:00:00Z'))).toBe(false);
	});

	it('a postponed session is still upcoming after its first date', () => {
		const moved = { ...session, status: 'postponed' as const, newDate: new Date('2026-12-11T07:00:00Z') };
		expect(isUpcomingAt(moved, at('2026-12-05T00:00:00Z'))).toBe(true);
		expect(tookPlaceBy(moved, at('2026-12-05T00:00:00Z'))).toBe(false);
	});
});

describe('what a calendar is told', () => {
	it('adds one to SEQUENCE for a new date and one for a cancellation', () => {
		expect(calendarSequence(session)).toBe(0);
		expect(calendarSequence({ status: 'postponed', newDate: date })).toBe(1);
		expect(calendarSequence({ status: 'cancelled', newDate: undefined })).toBe(1);
		expect(calendarSequence({ status: 'cancelled', newDate: date })).toBe(2);
	});

	it('publishes the join link only before the end of a session that goes ahead', () => {
		expect(publishedJoinUrl(session, at('2026-12-04T08:00:00Z'))).toBe('https://meet.example.org/x');
		expect(publishedJoinUrl(session, at('2026-12-04T08:30:00Z'))).toBeUndefined();
		expect(publishedJoinUrl({ ...session, status: 'cancelled' }, at('2026-12-01T00:00:00Z'))).toBeUndefined();
	});
});
