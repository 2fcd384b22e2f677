/**
 * The network in numbers: what the charts of `/numbers/` draw and their
 * tables list, counted in one pass over the site index. Only sessions that
 * took place count; presenters only where they are published (never a
 * Chatham House session's); commitments are counts, which name nobody.
 */
import type { Person } from '../../schemas/person.ts';
import type { Series } from '../../schemas/series.ts';
import type { Session } from '../../schemas/session.ts';
import { monthIn } from '../format.ts';
import { sessionStart } from '../session-status.ts';
import type { LearningLoop, LoopStatus } from './learning-loop.ts';
import { publishedPresenters, type Entry } from './site-index.ts';

export type NumbersInput<S extends Entry<Session>> = {
	sessions: readonly S[];
	series: ReadonlyMap<string, Entry<Pick<Series, 'timezone'>>>;
	people: ReadonlyMap<string, Entry<Pick<Person, 'organisation'>>>;
	loop: Pick<LearningLoop, 'commitments'>;
	tookPlace: (session: S) => boolean;
};

/** Commitment statuses in the order a loop goes through them. */
export const loopStatuses: readonly LoopStatus[] = ['open', 'in-progress', 'done', 'changed', 'dropped'];

export type NetworkNumbers = {
	/** Every month from the first session held to the last, `2026-03`, oldest first (months without one included). */
	months: string[];
	/** The series that held sessions, by id. */
	series: string[];
	/** Sessions held, by month and series; only where there was one. */
	sessionsPerMonth: { month: string; series: string; sessions: number }[];
	/** By month, of the sessions that recorded attendance; only months with one. */
	attendanceByMonth: { month: string; sessions: number; attendance: number }[];
	/** Sessions held on each theme in each year; only where there was one. Years oldest first, then theme. */
	themesByYear: { theme: string; year: number; sessions: number }[];
	/** Published presenters who presented at a session held, counted once each, by their organisation; most first. */
	presentersByOrganisation: { organisation: string; presenters: number }[];
	/** Presenters published but with no organisation given (not in the chart, said under it). */
	presentersWithoutOrganisation: number;
	/** The commitments made at sessions held, by where they stand now (the loop's status); every status, zero included. */
	commitmentsByStatus: { status: LoopStatus; commitments: number }[];
	totals: { sessions: number; attendance: number; attendanceRecorded: number; presenters: number; commitments: number };
	/** What each chart's one-sentence summary says; the earliest, or first by id, where there is a tie. */
	highlights: {
		busiestMonth?: { month: string; sessions: number };
		mostAttendedMonth?: { month: string; attendance: number };
		/** Themes covered, and the one covered at most sessions. */
		themes: number;
		topTheme?: { theme: string; sessions: number };
		years: number[];
		topOrganisation?: { organisation: string; presenters: number };
	};
};

/** The first item with the largest value. */
function top<T>(items: readonly T[], value: (item: T) => number): T | undefined {
	let best: T | undefined;
	for (const item of items) if (best === undefined || value(item) > value(best)) best = item;
	return best;
}

function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	let [year, month] = first.split('-').map(Number) as [number, number];
	for (;;) {
		const value = `${year}-${String(month).padStart(2, '0')}`;
		months.push(value);
		if (value >= last) return months;
		month = month === 12 ? 1 : month + 1;
		if (month === 1) year++;
	}
}

export function deriveNetworkNumbers<S extends Entry<Session>>(index: NumbersInput<S>): NetworkNumbers {
	const zoneOf = (seriesId: string) => index.series.get(seriesId)?.data.timezone ?? 'UTC';
	const perMonth = new Map<string, { month: string; series: string; sessions: number }>();
	const attendance = new Map<string, { month: string; sessions: number; attendance: number }>();
	const themes = new Map<string, { theme: string; year: number; sessions: number }>();
	const presenters = new Set<string>();
	const heldIds = new Set<string>();
	const seriesHeld = new Set<string>();
	let held = 0;
	for (const session of index.sessions) {
		if (!index.tookPlace(session)) continue;
		held++;
		heldIds.add(session.id);
		const { series } = session.data;
		seriesHeld.add(series);
		const month = monthIn(sessionStart(session.data), zoneOf(series));
		const cell = perMonth.get(`${month} ${series}`) ?? { month, series, sessions: 0 };
		cell.sessions++;
		perMonth.set(`${month} ${series}`, cell);
		if (session.data.attendance !== undefined) {
			const row = attendance.get(month) ?? { month, sessions: 0, attendance: 0 };
			row.sessions++;
			row.attendance += session.data.attendance;
			attendance.set(month, row);
		}
		const year = Number(month.slice(0, 4));
		for (const theme of new Set(session.data.themes)) {
			const row = themes.get(`${year} ${theme}`) ?? { theme, year, sessions: 0 };
			row.sessions++;
			themes.set(`${year} ${theme}`, row);
		}
		for (const person of publishedPresenters(session.data)) presenters.add(person);
	}

	const byOrganisation = new Map<string, number>();
	let withoutOrganisation = 0;
	for (const person of presenters) {
		const organisation = index.people.get(person)?.data.organisation;
		if (organisation) byOrganisation.set(organisation, (byOrganisation.get(organisation) ?? 0) + 1);
		else withoutOrganisation++;
	}

	const statuses = new Map<LoopStatus, number>(loopStatuses.map((status) => [status, 0]));
	let commitments = 0;
	for (const record of index.loop.commitments) {
		if (!heldIds.has(record.session.id)) continue;
		commitments++;
		statuses.set(record.status, (statuses.get(record.status) ?? 0) + 1);
	}

	const sessionsPerMonth = [...perMonth.values()].sort((a, b) => a.month.localeCompare(b.month) || a.series.localeCompare(b.series));
	const attendanceByMonth = [...attendance.values()].sort((a, b) => a.month.localeCompare(b.month));
	const themesByYear = [...themes.values()].sort((a, b) => a.year - b.year || a.theme.localeCompare(b.theme));
	const presentersByOrganisation = [...byOrganisation]
		.map(([organisation, count]) => ({ organisation, presenters: count }))
		.sort((a, b) => b.presenters - a.presenters || a.organisation.localeCompare(b.organisation));
	const monthTotals = new Map<string, number>();
	for (const row of sessionsPerMonth) monthTotals.set(row.month, (monthTotals.get(row.month) ?? 0) + row.sessions);
	const themeTotals = new Map<string, number>();
	for (const row of themesByYear) themeTotals.set(row.theme, (themeTotals.get(row.theme) ?? 0) + row.sessions);
	const busiest = top([...monthTotals], ([, count]) => count);
	const mostAttended = top(attendanceByMonth, (row) => row.attendance);
	const topTheme = top(
		[...themeTotals].sort(([a], [b]) => a.localeCompare(b)),
		([, count]) => count,
	);
	const topOrganisation = presentersByOrganisation[0];
	return {
		months: sessionsPerMonth.length ? monthsBetween(sessionsPerMonth[0]!.month, sessionsPerMonth[sessionsPerMonth.length - 1]!.month) : [],
		series: [...seriesHeld].sort(),
		sessionsPerMonth,
		attendanceByMonth,
		themesByYear,
		presentersByOrganisation,
		presentersWithoutOrganisation: withoutOrganisation,
		commitmentsByStatus: [...statuses].map(([status, commitments]) => ({ status, commitments })),
		totals: {
			sessions: held,
			attendance: attendanceByMonth.reduce((sum, row) => sum + row.attendance, 0),
			attendanceRecorded: attendanceByMonth.reduce((sum, row) => sum + row.sessions, 0),
			presenters: presenters.size,
			commitments,
		},
		highlights: {
			...(busiest ? { busiestMonth: { month: busiest[0], sessions: busiest[1] } } : {}),
			...(mostAttended ? { mostAttendedMonth: { month: mostAttended.month, attendance: mostAttended.attendance } } : {}),
			themes: themeTotals.size,
			...(topTheme ? { topTheme: { theme: topTheme[0], sessions: topTheme[1] } } : {}),
			years: [...new Set(themesByYear.map((row) => row.year))],
			...(topOrganisation ? { topOrganisation } : {}),
		},
	};
}

const derived = new WeakMap<object, NetworkNumbers>();

/** The numbers of a site index, derived the first time a page asks and kept with the index. */
export function networkNumbersOf<S extends Entry<Session>>(index: NumbersInput<S>): NetworkNumbers {
	let numbers = derived.get(index);
	if (!numbers) derived.set(index, (numbers = deriveNetworkNumbers(index)));
	return numbers;
}
