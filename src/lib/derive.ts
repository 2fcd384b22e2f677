/**
 * Indexes derived from the content: who presented what, what each theme
 * covers, what is upcoming. Pure functions over plain entries, so they are
 * tested without a build and computed once per build.
 */
import type { Award } from '../schemas/award.ts';
import type { Brief } from '../schemas/brief.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Person } from '../schemas/person.ts';
import type { Series } from '../schemas/series.ts';
import type { Session } from '../schemas/session.ts';

export type Entry<T> = { id: string; data: T };

export type SiteEntries<S extends Entry<Session>, P extends Entry<Omit<Person, 'photo'>>> = {
	sessions: S[];
	people: P[];
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

/** Newest first. */
const byDateDesc = <S extends Entry<Session>>(a: S, b: S) => b.data.date.getTime() - a.data.date.getTime();

/**
 * Presenters of a Chatham House session are not published: in an Action
 * Learning Set the problem a presenter brings is itself what they said.
 */
export const publishedPresenters = (session: Session): string[] =>
	session.confidentiality === 'chatham-house' ? [] : session.presenters;

export function deriveIndex<S extends Entry<Session>, P extends Entry<Omit<Person, 'photo'>>>(
	entries: SiteEntries<S, P>,
	now: Date,
) {
	const sessions = [...entries.sessions].sort(byDateDesc);
	const isUpcoming = (session: S) => session.data.date.getTime() > now.getTime();
	const upcoming = sessions.filter(isUpcoming).reverse();
	const past = sessions.filter((s) => !isUpcoming(s));

	const people = new Map(entries.people.map((p) => [p.id, p]));
	const organisations = new Map(entries.organisations.map((o) => [o.id, o]));
	const series = new Map(entries.series.map((s) => [s.id, s]));

	const presented = new Map<string, S[]>();
	const facilitated = new Map<string, S[]>();
	const hosted = new Map<string, S[]>();
	const presentedByOrganisation = new Map<string, S[]>();
	const sessionsByTheme = new Map<string, S[]>();
	const sessionsBySeries = new Map<string, S[]>();
	for (const session of sessions) {
		for (const personId of publishedPresenters(session.data)) {
			push(presented, personId, session);
			const organisation = people.get(personId)?.data.organisation;
			if (organisation && !presentedByOrganisation.get(organisation)?.includes(session)) {
				push(presentedByOrganisation, organisation, session);
			}
		}
		if (session.data.facilitator) push(facilitated, session.data.facilitator, session);
		if (session.data.host) push(hosted, session.data.host, session);
		for (const theme of session.data.themes) push(sessionsByTheme, theme, session);
		push(sessionsBySeries, session.data.series, session);
	}

	const briefsByTheme = new Map<string, Entry<Brief>[]>();
	const briefsByOrganisation = new Map<string, Entry<Brief>[]>();
	for (const brief of entries.briefs) {
		if (brief.data.translationOf) continue;
		for (const theme of new Set([...brief.data.themes, ...brief.data.subThemes])) push(briefsByTheme, theme, brief);
		for (const organisation of brief.data.organisations) push(briefsByOrganisation, organisation, brief);
	}

	const peopleByOrganisation = new Map<string, P[]>();
	for (const person of entries.people) {
		if (person.data.organisation) push(peopleByOrganisation, person.data.organisation, person);
	}

	const awards = [...entries.awards].sort((a, b) => b.data.month.localeCompare(a.data.month) || a.id.localeCompare(b.id));
	const awardsByPerson = new Map<string, Entry<Award>[]>();
	for (const award of awards) push(awardsByPerson, award.data.person, award);
	const nowMonth = now.toISOString().slice(0, 7);
	const awardedSoFar = awards.filter((a) => a.data.month <= nowMonth);
	const latestMonth = awardedSoFar[0]?.data.month;
	/** The most recent month's awards (one per series), as of now. */
	const currentAwards = awardedSoFar.filter((a) => a.data.month === latestMonth);

	return {
		now,
		sessions,
		upcoming,
		past,
		isUpcoming,
		people,
		organisations,
		series,
		awards,
		currentAwards,
		presented,
		facilitated,
		hosted,
		presentedByOrganisation,
		peopleByOrganisation,
		sessionsByTheme,
		sessionsBySeries,
		briefsByTheme,
		briefsByOrganisation,
		awardsByPerson,
	};
}

export type SiteIndex<S extends Entry<Session>, P extends Entry<Omit<Person, 'photo'>>> = ReturnType<
	typeof deriveIndex<S, P>
>;
