/**
 * The next meeting a group agreed at the end of its last one (a recap's
 * `next:`), until someone writes that meeting's own file. Only the latest
 * recap of a series that says `next:` counts: a newer recap replaces what
 * an older one agreed.
 */
import type { Session } from '../schemas/session.ts';
import { sessionStart } from './session-status.ts';
import { parseZonedDateTime } from './values/zoned-time.ts';

type Recap = {
	id: string;
	data: Pick<Session, 'series' | 'date' | 'newDate' | 'next' | 'confidentiality' | 'durationMinutes' | 'status' | 'draft'>;
};

export type AgreedMeeting = {
	series: string;
	/** The session whose recap agreed it. */
	agreedAt: string;
	agreedOn: Date;
	/** The day in the series' zone, `2027-01-28`. */
	day: string;
	/** The start, when the recap gave a time as well as a day. */
	start: Date | undefined;
	topic: string | undefined;
	approach: Session['approach'] | undefined;
	/** Left out when the recap was under the Chatham House Rule. */
	presenter: string | undefined;
	facilitator: string | undefined;
	host: string | undefined;
	place: string | undefined;
	/** A session file of the series exists for that day. */
	held: boolean;
};

/** `2027-01-28`: the calendar day of an instant in a zone. */
export const localDay = (instant: Date, zone: string): string =>
	new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** The latest agreed meeting of each series that has one. Drafts count as written files: someone is on it. */
export function agreedMeetings(sessions: Recap[], zoneOf: (series: string) => string): AgreedMeeting[] {
	const latest = new Map<string, Recap>();
	for (const session of sessions) {
		if (!session.data.next?.date || session.data.draft) continue;
		const current = latest.get(session.data.series);
		if (!current || current.data.date.getTime() < session.data.date.getTime()) latest.set(session.data.series, session);
	}
	return [...latest.values()].map((recap) => {
		const next = recap.data.next!;
		const zone = zoneOf(recap.data.series);
		const parsed = /^\d{4}-\d{2}-\d{2}$/.test(next.date!) ? undefined : parseZonedDateTime(next.date!);
		const start = parsed?.ok ? parsed.instant : undefined;
		const day = start ? localDay(start, zone) : next.date!;
		const held = sessions.some(
			(s) =>
				s.data.series === recap.data.series &&
				s.id !== recap.id &&
				[s.data.date, sessionStart(s.data)].some((date) => localDay(date, zone) === day),
		);
		return {
			series: recap.data.series,
			agreedAt: recap.id,
			agreedOn: recap.data.date,
			day,
			start,
			topic: next.topic,
			approach: next.approach,
			presenter: recap.data.confidentiality === 'chatham-house' ? undefined : next.presenter,
			facilitator: next.facilitator,
			host: next.host,
			place: next.place,
			held,
		};
	});
}

/** Whether the agreed day is still to come (today included) in the series' zone. */
export const isAheadOf = (meeting: Pick<AgreedMeeting, 'day'>, now: Date, zone: string): boolean => meeting.day >= localDay(now, zone);
