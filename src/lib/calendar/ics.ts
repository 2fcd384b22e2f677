/**
 * iCalendar files written by ical-generator: each event in its series' zone
 * (with the zone's VTIMEZONE, so a calendar app shows the hour the series
 * keeps), a status and sequence so subscribed calendars pick up a
 * postponement or a cancellation, and two reminders.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEvent } from './events.ts';

/** Seconds before the start: a few days ahead to plan (as the toolkit's facilitators notify), an hour ahead to join. */
export const reminderOffsets = [3 * 24 * 3600, 3600] as const;

export type CalendarFile = {
	name: string;
	/** The calendar's own address, for apps that show where it comes from. */
	url: string;
	/** The zone the calendar is shown in by apps that take one zone per calendar. */
	zone: string;
	lang: string;
	now: Date;
	events: CalendarEvent[];
	/** The reminder's text for an event, in the calendar's language. */
	alarmText: (event: CalendarEvent) => string;
};

const statuses = {
	confirmed: ICalEventStatus.CONFIRMED,
	tentative: ICalEventStatus.TENTATIVE,
	cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * ical-generator escapes a URL as text (`\\,`), which is wrong for a URI value; percent-encoding
 * the two characters it escapes leaves nothing to escape and the same address.
 */
const uriValue = (url: string) => url.replace(/,/g, '%2C').replace(/;/g, '%3B');

export function calendarFile(file: CalendarFile): string {
	const calendar = ical({
		name: file.name,
		url: file.url,
		method: ICalCalendarMethod.PUBLISH,
		prodId: { company: 'Peer Learning Hub', product: 'Sessions', language: file.lang.toUpperCase() },
		// No calendar-wide TZID: it would write DTSTAMP in local time, which must be UTC. Each event
		// names its zone, and the generator adds that zone's VTIMEZONE.
		timezone: { name: null, generator: getVtimezoneComponent },
		x: { 'X-WR-TIMEZONE': file.zone },
		// Subscribed calendars refresh about twice a day; a postponement reaches phones within hours.
		ttl: 12 * 3600,
	});
	for (const event of file.events) {
		calendar.createEvent({
			id: event.uid,
			// ical-generator reads a plain Date's wall clock in the machine's zone; a zoned DateTime is exact.
			...(event.day
				? { start: DateTime.fromISO(event.day, { zone: event.zone }), allDay: true }
				: {
						start: DateTime.fromJSDate(event.start, { zone: event.zone }),
						end: DateTime.fromJSDate(event.end, { zone: event.zone }),
						timezone: event.zone,
					}),
			stamp: file.now,
			summary: event.title,
			description: event.description,
			location: event.location ?? null,
			url: uriValue(event.url),
			status: statuses[event.status],
			sequence: event.sequence,
			// A cancelled session reminds nobody.
			alarms:
				event.status === 'cancelled'
					? []
					: reminderOffsets.map((seconds) => ({
							type: ICalAlarmType.display,
							triggerBefore: seconds,
							description: file.alarmText(event),
						})),
		});
	}
	return calendar.toString();
}
