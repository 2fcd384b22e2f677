/**
 * A session as a calendar event: what every calendar output (the ICS files,
 * the Google and Outlook links) says about it, worked out once. Plain data
 * in, plain data out, so it is tested without a build.
 */
import type { Session } from '../../schemas/session.ts';
import type { AgreedMeeting } from '../agreed-meetings.ts';
import { calendarSequence, publishedJoinUrl, sessionEnd, sessionStart } from '../session-status.ts';

export type CalendarEvent = {
	/** Stable across builds and languages: the session's file name and the site's host. */
	uid: string;
	title: string;
	start: Date;
	end: Date;
	/** An all-day event on this day (`2027-01-28`): a meeting agreed for a day, its hour not yet set. */
	day?: string | undefined;
	/** The series' zone: calendars show and repeat the time as the series does. */
	zone: string;
	url: string;
	description: string;
	location: string | undefined;
	status: 'confirmed' | 'tentative' | 'cancelled';
	sequence: number;
};

/** What a build knows about a session beyond its own file, in the reader's language. */
export type EventContext = {
	host: string;
	zone: string;
	url: string;
	now: Date;
	/** `Cancelled: {title}`, `Join online: {url}`, "Online": strings in the calendar's language. */
	cancelledTitle: (title: string) => string;
	joinAt: (url: string) => string;
	online: string;
	/** The series' name, after the title so a calendar of several series tells them apart. */
	seriesName?: string | undefined;
	/** A sample entry says so in the calendar too. */
	sampleLabel?: string | undefined;
};

/** A next meeting agreed in a recap: TENTATIVE until its own file exists, then replaced by that session's event. */
export function agreedEvent(
	meeting: Pick<AgreedMeeting, 'series' | 'day' | 'start' | 'place'>,
	context: { host: string; zone: string; url: string; title: string; description: string },
): CalendarEvent {
	const start = meeting.start ?? new Date(`${meeting.day}T00:00:00Z`);
	return {
		uid: `agreed-${meeting.series}-${meeting.day}@${context.host}`,
		title: context.title,
		start,
		end: new Date(start.getTime() + (meeting.start ? 60 : 24 * 60) * 60_000),
		day: meeting.start ? undefined : meeting.day,
		zone: context.zone,
		url: context.url,
		description: `${context.description}\n\n${context.url}`,
		location: meeting.place,
		status: 'tentative',
		sequence: 0,
	};
}

type EventSession = Pick<
	Session,
	'title' | 'summary' | 'date' | 'newDate' | 'durationMinutes' | 'status' | 'format' | 'place' | 'joinUrl' | 'sample'
>;

export function sessionEvent(id: string, session: EventSession, context: EventContext): CalendarEvent {
	const named = context.seriesName ? `${session.title} (${context.seriesName})` : session.title;
	const joinUrl = publishedJoinUrl(session, context.now);
	const where = session.format === 'online' ? context.online : session.place;
	const location =
		session.format === 'hybrid' && session.place
			? `${session.place} · ${context.online}`
			: (where ?? (joinUrl ? context.online : undefined));
	return {
		uid: `${id}@${context.host}`,
		title: session.status === 'cancelled' ? context.cancelledTitle(named) : named,
		start: sessionStart(session),
		end: sessionEnd(session),
		zone: context.zone,
		url: context.url,
		description: [session.sample && context.sampleLabel, session.summary, joinUrl && context.joinAt(joinUrl), context.url]
			.filter(Boolean)
			.join('\n\n'),
		location,
		status: session.status === 'cancelled' ? 'cancelled' : 'confirmed',
		sequence: calendarSequence(session),
	};
}
