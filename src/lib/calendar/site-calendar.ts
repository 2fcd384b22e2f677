/**
 * The site's sessions as calendars: one for everything, one per series, one
 * per session, each in the reader's language. Which sessions go in and what
 * each event says is decided here once for all three routes.
 */
import type { SiteLang } from '../../i18n/locales.ts';
import type { AgreedMeeting } from '../agreed-meetings.ts';
import { formatDate, formatShortDate, formatTime } from '../format.ts';
import { isUpcomingAt, sessionStart } from '../session-status.ts';
import type { SessionEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { agreedEvent, sessionEvent, type CalendarEvent } from './events.ts';
import { calendarFile } from './ics.ts';

type Translate = App.Locals['t'];

/** Past sessions stay in a subscribed calendar this long, so last month's meeting does not vanish from it. */
const recentDays = 92;

/** Sessions a subscribed calendar holds: every one to come, and the recent past. */
export function calendarSessions(sessions: SessionEntry[], now: Date): SessionEntry[] {
	const since = now.getTime() - recentDays * 24 * 3600 * 1000;
	return sessions
		.filter((s) => isUpcomingAt(s.data, now) || sessionStart(s.data).getTime() >= since)
		.sort((a, b) => sessionStart(a.data).getTime() - sessionStart(b.data).getTime());
}

export type CalendarRequest = {
	site: SiteData;
	lang: SiteLang;
	t: Translate;
	/** The site's address (Astro's `site`), for absolute links and the UIDs' host. */
	siteUrl: URL;
	name: string;
	/** The calendar's own path, as `paths` gives it. */
	path: string;
	/** Whether each event names its series (a calendar of all series does). */
	nameSeries: boolean;
	/** Next meetings agreed in recaps, not yet written up as sessions. */
	agreed?: AgreedMeeting[];
};

/** An agreed next meeting as the series page and the calendars describe it. */
export function agreedText(meeting: AgreedMeeting, site: SiteData, lang: SiteLang, t: Translate) {
	const zone = site.series.get(meeting.series)?.data.timezone ?? 'UTC';
	return {
		title: meeting.topic ?? t('agreed.untitled'),
		note: t('agreed.note', { date: formatShortDate(meeting.agreedOn, zone, lang) }),
		zone,
	};
}

function agreedCalendarEvent(meeting: AgreedMeeting, request: Omit<CalendarRequest, 'name' | 'path'>): CalendarEvent {
	const { site, lang, t, siteUrl, nameSeries } = request;
	const series = site.series.get(meeting.series);
	const text = agreedText(meeting, site, lang, t);
	const title = nameSeries && series ? `${text.title} (${series.data.shortName ?? series.data.name})` : text.title;
	return agreedEvent(meeting, {
		host: siteUrl.host,
		zone: text.zone,
		url: new URL(paths.series(meeting.series, lang), siteUrl).href,
		title: t('agreed.calendarTitle', { title }),
		description: text.note,
	});
}

export function sessionCalendarEvent(session: SessionEntry, request: Omit<CalendarRequest, 'name' | 'path'>): CalendarEvent {
	const { site, lang, t, siteUrl, nameSeries } = request;
	const series = site.series.get(session.data.series);
	return sessionEvent(session.id, session.data, {
		host: siteUrl.host,
		zone: series?.data.timezone ?? 'UTC',
		url: new URL(paths.session(session.id, lang), siteUrl).href,
		now: site.now,
		cancelledTitle: (title) => t('calendar.cancelledTitle', { title }),
		joinAt: (url) => t('calendar.joinAt', { url }),
		online: t('format.online'),
		seriesName: nameSeries && series ? (series.data.shortName ?? series.data.name) : undefined,
		sampleLabel: t('sample.badge'),
	});
}

export function sessionsCalendar(sessions: SessionEntry[], request: CalendarRequest): string {
	const { site, lang, t, siteUrl } = request;
	const events = [
		...sessions.map((session) => sessionCalendarEvent(session, request)),
		...(request.agreed ?? []).map((meeting) => agreedCalendarEvent(meeting, request)),
	];
	const zones = new Set(events.map((e) => e.zone));
	return calendarFile({
		name: request.name,
		url: new URL(request.path, siteUrl).href,
		zone: zones.size === 1 ? [...zones][0]! : 'UTC',
		lang,
		now: site.now,
		events,
		alarmText: (event) =>
			t('calendar.alarm', {
				title: event.title,
				when: `${formatDate(event.start, event.zone, lang)} ${formatTime(event.start, event.zone, lang)}`,
			}),
	});
}

export const calendarHeaders = { 'content-type': 'text/calendar; charset=utf-8' };
