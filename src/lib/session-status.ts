/**
 * When a session takes place and whether it has, as of the build's "now".
 * Every page, calendar and feed asks here, so they never disagree about
 * what is coming up and what is past.
 */
import type { Session } from '../schemas/session.ts';

type Timed = Pick<Session, 'date' | 'newDate' | 'durationMinutes' | 'status'>;

/** The start it is expected at: a postponed session's new date, otherwise its date. */
export const sessionStart = (session: Timed): Date => session.newDate ?? session.date;

export const sessionEnd = (session: Timed): Date => new Date(sessionStart(session).getTime() + session.durationMinutes * 60_000);

/** A session is upcoming until it ends: one in progress is still worth joining. */
export const isUpcomingAt = (session: Timed, now: Date): boolean => sessionEnd(session).getTime() > now.getTime();

/** Happened: over, and not cancelled. Only these count as presented, facilitated or hosted. */
export const tookPlaceBy = (session: Timed, now: Date): boolean => !isUpcomingAt(session, now) && session.status !== 'cancelled';

/**
 * The iCalendar SEQUENCE: a calendar replaces an event only when this grows,
 * so each change of status that subscribers must see adds one.
 */
export const calendarSequence = (session: Pick<Session, 'newDate' | 'status'>): number =>
	(session.newDate ? 1 : 0) + (session.status === 'cancelled' ? 1 : 0);

/** The join link, only while the session can still be joined. */
export const publishedJoinUrl = (session: Timed & Pick<Session, 'joinUrl'>, now: Date): string | undefined =>
	session.status !== 'cancelled' && isUpcomingAt(session, now) ? session.joinUrl : undefined;
