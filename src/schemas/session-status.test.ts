/** A session's status, new date and join link, as the session schema states them. */
import { describe, expect, it } from 'vitest';
import { sessionSchema } from './session.ts';

const session = {
	series: 'plp-group',
	title: 'A session',
	date: '2026-12-10T10:00+01:00',
	lang: 'en',
	format: 'online',
	approach: 'als',
};

const issuesOf = (input: object) => {
	const result = sessionSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a session’s status', () => {
	it('is scheduled unless it says otherwise', () => {
		expect(sessionSchema.parse(session).status).toBe('scheduled');
	});

	it('accepts a postponed session with its new date, read with its zone', () => {
		const parsed = sessionSchema.parse({ ...session, status: 'postponed', newDate: '2026-12-17T10:00[Africa/Lagos]' });
		expect(parsed.newDate?.toISOString()).toBe('2026-12-17T09:00:00.000Z');
	});

	it('asks a postponed session for the date it moves to', () => {
		expect(issuesOf({ ...session, status: 'postponed' })).toEqual([
			'newDate: a postponed session needs newDate, the date and time it moves to, like 2027-03-04T09:00+07:00',
		]);
	});

	it('refuses a new date on a scheduled session, and one that is not later than the first', () => {
		expect(issuesOf({ ...session, newDate: '2026-12-17T10:00+01:00' })).toEqual([
			'status: newDate only on a session with status: postponed (or cancelled after a postponement)',
		]);
		expect(issuesOf({ ...session, status: 'postponed', newDate: '2026-12-03T10:00+01:00' })).toEqual([
			'newDate: a newDate later than date: date keeps the first date, newDate the one it moved to',
		]);
	});

	it('accepts a cancelled session, with or without the date it had been moved to', () => {
		expect(issuesOf({ ...session, status: 'cancelled' })).toEqual([]);
		expect(issuesOf({ ...session, status: 'cancelled', newDate: '2026-12-17T10:00+01:00' })).toEqual([]);
	});

	it('names the statuses it knows when given another', () => {
		expect(issuesOf({ ...session, status: 'delayed' })).toEqual(['status: one of scheduled, postponed, cancelled']);
	});

	it('takes a join link only as a web address', () => {
		expect(issuesOf({ ...session, joinUrl: 'https://meet.example.org/x' })).toEqual([]);
		expect(issuesOf({ ...session, joinUrl: 'meet.example.org/x' })).toHaveLength(1);
	});
});
