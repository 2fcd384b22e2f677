import { describe, expect, it } from 'vitest';
import type { Session } from '../schemas/session.ts';
import { agreedMeetings, isAheadOf, localDay } from './agreed-meetings.ts';

type Recap = Parameters<typeof agreedMeetings>[0][number];
const recap = (id: string, date: string, over: Partial<Recap['data']> = {}): Recap => ({
	id,
	data: {
		series: 'plp',
		date: new Date(date),
		newDate: undefined,
		next: undefined,
		confidentiality: 'open',
		durationMinutes: 60,
		status: 'scheduled',
		draft: false,
		...over,
	},
});
const next = (value: NonNullable<Session['next']>) => ({ next: value });
const zoneOf = () => 'Asia/Vientiane';

describe('the next meeting a recap agreed', () => {
	it('comes from the latest recap of each series that says next:', () => {
		const meetings = agreedMeetings(
			[
				recap('a', '2026-09-01T03:00:00Z', next({ date: '2026-10-01', topic: 'Old plan' })),
				recap('b', '2026-10-01T03:00:00Z', next({ date: '2026-11-05', topic: 'New plan', presenter: 'p' })),
				recap('c', '2026-10-20T03:00:00Z'),
			],
			zoneOf,
		);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]).toMatchObject({
			agreedAt: 'b',
			day: '2026-11-05',
			topic: 'New plan',
			presenter: 'p',
			start: undefined,
			held: false,
		});
	});

	it('reads a date and time in the series’ zone, so its day is the local day', () => {
		const [meeting] = agreedMeetings([recap('a', '2026-10-01T03:00:00Z', next({ date: '2026-11-05T06:30+07:00' }))], zoneOf);
		expect(meeting!.start?.toISOString()).toBe('2026-11-04T23:30:00.000Z');
		expect(meeting!.day).toBe('2026-11-05');
	});

	it('is held once a session file of the series exists for that day, even a postponed one moved there', () => {
		const agreed = recap('a', '2026-10-01T03:00:00Z', next({ date: '2026-11-05' }));
		expect(agreedMeetings([agreed, recap('b', '2026-11-05T02:00:00Z')], zoneOf)[0]!.held).toBe(true);
		expect(agreedMeetings([agreed, recap('b', '2026-11-05T02:00:00Z', { series: 'other' })], zoneOf)[0]!.held).toBe(false);
		const moved = recap('b', '2026-10-29T02:00:00Z', { status: 'postponed', newDate: new Date('2026-11-05T02:00:00Z') });
		expect(agreedMeetings([agreed, moved], zoneOf)[0]!.held).toBe(true);
	});

	it('names no presenter when the recap was under the Chatham House Rule', () => {
		const [meeting] = agreedMeetings(
			[recap('a', '2026-10-01T03:00:00Z', { confidentiality: 'chatham-house', ...next({ date: '2026-11-05', presenter: 'p' }) })],
			zoneOf,
		);
		expect(meeting!.presenter).toBeUndefined();
	});

	it('ignores what a draft recap agreed', () => {
		expect(agreedMeetings([recap('a', '2026-10-01T03:00:00Z', { draft: true, ...next({ date: '2026-11-05' }) })], zoneOf)).toEqual([]);
	});

	it('is ahead through its whole day in the series’ zone', () => {
		expect(isAheadOf({ day: '2026-11-05' }, new Date('2026-11-05T16:59:00Z'), 'Asia/Vientiane')).toBe(true);
		expect(isAheadOf({ day: '2026-11-05' }, new Date('2026-11-05T17:00:00Z'), 'Asia/Vientiane')).toBe(false);
		expect(localDay(new Date('2026-11-05T17:00:00Z'), 'Asia/Vientiane')).toBe('2026-11-06');
	});
});
