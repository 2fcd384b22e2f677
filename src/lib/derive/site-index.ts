/**
 * Indexes derived from the content: who presented what, what each theme
 * covers, what is upcoming. Pure functions over plain entries, so they are
 * tested without a build and computed once per build.
 */
import type { Award } from '../../schemas/award.ts';
import type { Brief } from '../../schemas/brief.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Person } from '../../schemas/person.ts';
import type { Series } from '../../schemas/series.ts';
import type { Session } from '../../schemas/session.ts';
import { agreedMeetings, isAheadOf, type AgreedMeeting } from '../agreed-meetings.ts';
import { isUpcomingAt, sessionStart, tookPlaceBy } from '../session-status.ts';
import { deriveLearningLoop } from './learning-loop.ts';

export type Entry<T> = { id: string; data: T };

export type SiteEntries = {
	sessions: Entry<Session>[];
	people: Entry<Omit<Person, 'photo'>>[];
	organisations: Entry<Organisation>[];
	series: Entry<Series>[];
	awards: Entry<Award>[];
	briefs: Entry<Brief>[];
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Newest first, by the date a session is expected (a postponed one's new date). */
const byDateDesc = (a: Entry<Session>, b: Entry<Session>) => sessionStart(b.data).getTime() - sessionStart(a.data).getTime();

/**
 * Presenters of a Chatham House session are not published: in an Action
 * Learning Set the problem a presenter brings is itself what they said.
 */
export const publishedPresenters = (session: Session): string[] => (session.confidentiality === 'chatham-house' ? [] : session.presenters);

/** Generic over the entry types, so Astro's entries come back as themselves (renderable, with file paths). */
export function deriveIndex<E extends SiteEntries>(entries: E, now: Date) {
	type S = E['sessions'][number];
	type P = E['people'][number];
	type B = E['briefs'][number];
	type A = E['awards'][number];
	const sessions: S[] = [...entries.sessions].sort(byDateDesc);
	/** Not over yet (so a session in progress is still upcoming). */
	const isUpcoming = (session: S) => isUpcomingAt(session.data, now);
	/** Over and not cancelled: what counts as presented, facilitated or hosted. */
	const tookPlace = (session: S) => tookPlaceBy(session.data, now);
	const upcoming = sessions.filter(isUpcoming).reverse();
	const past = sessions.filter((s) => !isUpcoming(s));

	const people = new Map<string, P>(entries.people.map((p) => [p.id, p]));
	const organisations = new Map<string, E['organisations'][number]>(entries.organisations.map((o) => [o.id, o]));
	const series = new Map<string, E['series'][number]>(entries.series.map((s) => [s.id, s]));

	// Past roles hold only sessions that took place; the `…ing` maps hold those to come, soonest first.
	const presented = new Map<string, S[]>();
	const facilitated = new Map<string, S[]>();
	const hosted = new Map<string, S[]>();
	const presentedByOrganisation = new Map<string, S[]>();
	const presenting = new Map<string, S[]>();
	const facilitating = new Map<string, S[]>();
	const hosting = new Map<string, S[]>();
	const presentingByOrganisation = new Map<string, S[]>();
	const sessionsByTheme = new Map<string, S[]>();
	const sessionsBySeries = new Map<string, S[]>();
	for (const session of sessions) {
		const done = tookPlace(session);
		const toCome = isUpcoming(session);
		for (const personId of publishedPresenters(session.data)) {
			if (done) push(presented, personId, session);
			if (toCome) push(presenting, personId, session);
			const organisation = people.get(personId)?.data.organisation;
			if (organisation && done && !presentedByOrganisation.get(organisation)?.includes(session)) {
				push(presentedByOrganisation, organisation, session);
			}
			if (organisation && toCome && !presentingByOrganisation.get(organisation)?.includes(session)) {
				push(presentingByOrganisation, organisation, session);
			}
		}
		if (session.data.facilitator && done) push(facilitated, session.data.facilitator, session);
		if (session.data.facilitator && toCome) push(facilitating, session.data.facilitator, session);
		if (session.data.host && done) push(hosted, session.data.host, session);
		if (session.data.host && toCome) push(hosting, session.data.host, session);
		for (const theme of session.data.themes) push(sessionsByTheme, theme, session);
		push(sessionsBySeries, session.data.series, session);
	}

	const briefsByTheme = new Map<string, B[]>();
	const briefsByOrganisation = new Map<string, B[]>();
	for (const brief of entries.briefs) {
		if (brief.data.translationOf) continue;
		for (const theme of new Set([...brief.data.themes, ...brief.data.subThemes])) push(briefsByTheme, theme, brief);
		for (const organisation of brief.data.organisations) push(briefsByOrganisation, organisation, brief);
	}

	const peopleByOrganisation = new Map<string, P[]>();
	for (const person of entries.people) {
		if (person.data.organisation) push(peopleByOrganisation, person.data.organisation, person);
	}

	const awards: A[] = [...entries.awards].sort((a, b) => b.data.month.localeCompare(a.data.month) || a.id.localeCompare(b.id));
	const awardsByPerson = new Map<string, A[]>();
	for (const award of awards) push(awardsByPerson, award.data.person, award);
	const nowMonth = now.toISOString().slice(0, 7);
	/** Each series' most recent Volunteer of the Month, as of now. */
	const currentAwards: A[] = [];
	for (const award of awards) {
		if (award.data.month <= nowMonth && !currentAwards.some((a) => a.data.series === award.data.series)) {
			currentAwards.push(award);
		}
	}

	const zoneOf = (id: string) => series.get(id)?.data.timezone ?? 'UTC';
	/** Each series' next meeting as agreed in its latest recap, while it is ahead and has no file of its own. */
	const provisionalBySeries = new Map<string, AgreedMeeting>(
		agreedMeetings(sessions, zoneOf)
			.filter((meeting) => !meeting.held && isAheadOf(meeting, now, zoneOf(meeting.series)))
			.map((meeting) => [meeting.series, meeting]),
	);

	for (const map of [presenting, facilitating, hosting, presentingByOrganisation]) {
		for (const list of map.values()) list.reverse();
	}

	/** Commitments, check-ins, benchmarks and their progress, followed across sessions. */
	const loop = deriveLearningLoop({ sessions, organisations, people });

	return {
		now,
		loop,
		sessions,
		upcoming,
		past,
		isUpcoming,
		tookPlace,
		people,
		organisations,
		series,
		awards,
		currentAwards,
		presented,
		facilitated,
		hosted,
		presentedByOrganisation,
		presenting,
		facilitating,
		hosting,
		presentingByOrganisation,
		peopleByOrganisation,
		sessionsByTheme,
		sessionsBySeries,
		provisionalBySeries,
		briefsByTheme,
		briefsByOrganisation,
		awardsByPerson,
	};
}

export type SiteIndex<E extends SiteEntries> = ReturnType<typeof deriveIndex<E>>;
