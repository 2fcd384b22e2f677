/**
 * Links that add one event to a calendar on the web, and the `webcal:`
 * address that makes a calendar app subscribe instead of importing once.
 */
import type { CalendarEvent } from './events.ts';

/** `20261204T070000Z`: the UTC form both web calendars read. */
const utcStamp = (date: Date) =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** Google Calendar's event template (the `render?action=TEMPLATE` link). */
export function googleCalendarUrl(event: CalendarEvent): string {
	const url = new URL('https://calendar.google.com/calendar/render');
	url.searchParams.set('action', 'TEMPLATE');
	url.searchParams.set('text', event.title);
	url.searchParams.set('dates', `${utcStamp(event.start)}/${utcStamp(event.end)}`);
	url.searchParams.set('ctz', event.zone);
	url.searchParams.set('details', event.description);
	if (event.location) url.searchParams.set('location', event.location);
	return url.href;
}

/** Outlook on the web's compose deep link; it works for personal and work accounts alike. */
export function outlookUrl(event: CalendarEvent): string {
	const url = new URL('https://outlook.live.com/calendar/0/action/compose');
	url.searchParams.set('rru', 'addevent');
	url.searchParams.set('subject', event.title);
	url.searchParams.set('startdt', event.start.toISOString());
	url.searchParams.set('enddt', event.end.toISOString());
	url.searchParams.set('body', event.description);
	if (event.location) url.searchParams.set('location', event.location);
	return url.href;
}

/** The same calendar with `webcal:`, which phones and desktop apps open as a subscription. */
export const webcalUrl = (httpUrl: string): string => httpUrl.replace(/^https?:/, 'webcal:');
