/**
 * The calendars are written by ical-generator and read back here by a second
 * library, ical.js, as a calendar application would read them.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../schemas/session.ts';
import { sessionEvent, type EventContext } from './events.ts';
import { calendarFile } from './ics.ts';
import { googleCalendarUrl, outlookUrl, webcalUrl } from './links.ts';

const now = new Date('2026-11-22T00:00:00Z');
const base = {
	title: 'Talking to donors',
	summary: 'How to ask.',
	date: new Date('2026-12-04T07:00:00Z'),
	newDate: undefined,
	durationMinutes: 60,
	status: 'scheduled',
	format: 'online',
	place: undefined,
	joinUrl: 'https://meet.example.org/friday',
	sample: false,
} satisfies Partial<Session>;
type EventSession = Parameters<typeof sessionEvent>[1];
const session = (over: Partial<EventSession> = {}): EventSession => ({ ...base, ...over });

const context = (over: Partial<EventContext> = {}): EventContext => ({
	host: 'hub.example.org',
	zone: 'Asia/Vientiane',
	url: 'https://hub.example.org/sessions/a/',
	now,
	cancelledTitle: (title) => `Cancelled: ${title}`,
	joinAt: (url) => `Join online: ${url}`,
	online: 'Online',
	sampleLabel: 'Sample entry',
	...over,
});

function parse(text: string) {
	const component = ICAL.Component.fromString(text);
	return { calendar: component, events: component.getAllSubcomponents('vevent') };
}

function write(events: ReturnType<typeof sessionEvent>[]) {
	return calendarFile({
		name: 'Fixture Hangouts',
		url: 'https://hub.example.org/series/x/calendar.ics',
		zone: 'Asia/Vientiane',
		lang: 'en',
		now,
		events,
		alarmText: (event) => `Reminder: ${event.title}`,
	});
}

describe('a session as a calendar event', () => {
	it('starts in its series’ zone at the wall-clock hour the series keeps, with the zone defined in the file', () => {
		const { calendar, events } = parse(write([sessionEvent('a', session(), context())]));
		const start = events[0]!.getFirstProperty('dtstart')!;
		expect(start.getParameter('tzid')).toBe('Asia/Vientiane');
		const time = start.getFirstValue() as ICAL.Time;
		expect([time.hour, time.minute]).toEqual([14, 0]);
		expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Vientiane']);
		const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
		time.zone = zone;
		expect(time.toJSDate().toISOString()).toBe('2026-12-04T07:00:00.000Z');
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Vientiane');
	});

	it('keeps the same UID across builds and languages: the file name at the site’s host', () => {
		const en = sessionEvent('2026-12-04-a', session(), context());
		const lo = sessionEvent('2026-12-04-a', session(), context({ cancelledTitle: (t) => `ຍົກເລີກ: ${t}`, online: 'ອອນລາຍ' }));
		expect(en.uid).toBe('2026-12-04-a@hub.example.org');
		expect(lo.uid).toBe(en.uid);
		expect(parse(write([en])).events[0]!.getFirstPropertyValue('uid')).toBe(en.uid);
	});

	it('reminds three days and one hour before a session that goes ahead', () => {
		const { events } = parse(write([sessionEvent('a', session(), context())]));
		const alarms = events[0]!.getAllSubcomponents('valarm');
		expect(alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-3 * 24 * 3600, -3600]);
		expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
		expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Reminder: Talking to donors');
	});

	it('marks a cancelled session CANCELLED with a higher SEQUENCE, a title that says so and no reminders', () => {
		const { events } = parse(write([sessionEvent('a', session({ status: 'cancelled' }), context())]));
		const event = events[0]!;
		expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(event.getFirstPropertyValue('sequence')).toBe(1);
		expect(event.getFirstPropertyValue('summary')).toBe('Cancelled: Talking to donors');
		expect(event.getAllSubcomponents('valarm')).toEqual([]);
	});

	it('moves a postponed session to its new date, CONFIRMED, with SEQUENCE 1', () => {
		const moved = sessionEvent('a', session({ status: 'postponed', newDate: new Date('2026-12-11T07:00:00Z') }), context());
		const event = parse(write([moved])).events[0]!;
		expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-12-11T14:00:00');
		expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-12-11T15:00:00');
		expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(event.getFirstPropertyValue('sequence')).toBe(1);
	});

	it('writes URL as a URI value, not escaped text', () => {
		const text = write([sessionEvent('a', session(), context({ url: 'https://hub.example.org/sessions/a,b;c/' }))]);
		const url = parse(text).events[0]!.getFirstProperty('url')!;
		expect(url.type).toBe('uri');
		expect(url.getFirstValue()).toBe('https://hub.example.org/sessions/a%2Cb%3Bc/');
		expect(text).not.toMatch(/^URL[^\r\n]*\\/m);
	});

	it('carries the join link while the session is to come, and drops it once the session has ended', () => {
		const before = sessionEvent('a', session(), context());
		const after = sessionEvent('a', session(), context({ now: new Date('2026-12-04T08:00:00Z') }));
		expect(before.description).toContain('Join online: https://meet.example.org/friday');
		expect(after.description).not.toContain('meet.example.org');
		expect(write([after])).not.toContain('meet.example.org');
		const cancelled = sessionEvent('a', session({ status: 'cancelled' }), context());
		expect(cancelled.description).not.toContain('meet.example.org');
	});

	it('says where: online, the place, or both for a hybrid session', () => {
		expect(sessionEvent('a', session(), context()).location).toBe('Online');
		expect(sessionEvent('a', session({ format: 'in-person', place: 'Kaduna' }), context()).location).toBe('Kaduna');
		expect(sessionEvent('a', session({ format: 'hybrid', place: 'Vientiane' }), context()).location).toBe('Vientiane · Online');
	});

	it('says a sample entry is one, and names the series when asked', () => {
		const event = sessionEvent('a', session({ sample: true }), context({ seriesName: 'Friday Hangouts' }));
		expect(event.title).toBe('Talking to donors (Friday Hangouts)');
		expect(event.description.startsWith('Sample entry')).toBe(true);
	});

	it('folds long Lao lines at 75 octets without breaking a character, and reads back whole', () => {
		const title = 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ, ແລະ ຫຼາຍກວ່ານັ້ນ; ຍາວໆ ເພື່ອທົດສອບການພັບແຖວ';
		const text = write([sessionEvent('a', session({ title }), context())]);
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(text).not.toContain('\uFFFD');
		expect(parse(text).events[0]!.getFirstPropertyValue('summary')).toBe(title);
	});

	it('holds each zone once in a calendar of two series', () => {
		const text = write([
			sessionEvent('a', session(), context()),
			sessionEvent('b', session(), context({ zone: 'Africa/Lagos' })),
			sessionEvent('c', session(), context()),
		]);
		const zones = parse(text).calendar.getAllSubcomponents('vtimezone');
		expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Africa/Lagos', 'Asia/Vientiane']);
		expect(parse(text).events[1]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Africa/Lagos');
	});
});

describe('links to add a session to a calendar', () => {
	const event = sessionEvent('a', session(), context());

	it('gives Google Calendar the title, the UTC start and end, the zone and the details', () => {
		const url = new URL(googleCalendarUrl(event));
		expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
		expect(url.searchParams.get('action')).toBe('TEMPLATE');
		expect(url.searchParams.get('text')).toBe('Talking to donors');
		expect(url.searchParams.get('dates')).toBe('20261204T070000Z/20261204T080000Z');
		expect(url.searchParams.get('ctz')).toBe('Asia/Vientiane');
		expect(url.searchParams.get('details')).toContain('https://hub.example.org/sessions/a/');
		expect(url.searchParams.get('location')).toBe('Online');
	});

	it('gives Outlook the subject and the start and end as ISO instants', () => {
		const url = new URL(outlookUrl(event));
		expect(url.hostname).toBe('outlook.live.com');
		expect(url.searchParams.get('rru')).toBe('addevent');
		expect(url.searchParams.get('subject')).toBe('Talking to donors');
		expect(url.searchParams.get('startdt')).toBe('2026-12-04T07:00:00.000Z');
		expect(url.searchParams.get('enddt')).toBe('2026-12-04T08:00:00.000Z');
	});

	it('turns an http or https calendar address into a webcal: subscription', () => {
		expect(webcalUrl('https://hub.example.org/calendar.ics')).toBe('webcal://hub.example.org/calendar.ics');
		expect(webcalUrl('http://localhost:4321/lo/calendar.ics')).toBe('webcal://localhost:4321/lo/calendar.ics');
	});
});
