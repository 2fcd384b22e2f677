/**
 * A series' year in review: what its sessions that took place in one
 * calendar year (in the series' own zone) added up to. Every series and year
 * is derived in one pass over the site index and kept with it, so the pages
 * of a site with thousands of sessions only look their year up.
 */
import type { Award } from '../../schemas/award.ts';
import type { Series } from '../../schemas/series.ts';
import type { Session } from '../../schemas/session.ts';
import { yearIn } from '../format.ts';
import { sessionStart } from '../session-status.ts';
import type { BenchmarkRecord, LearningLoop } from './learning-loop.ts';
import { publishedPresenters, type Entry } from './site-index.ts';

/** What this needs of the site index (`deriveIndex`), so tests can hand it a small one. */
export type ReviewInput<S extends Entry<Session>, A extends Entry<Award>> = {
	now: Date;
	/** Newest first, as the site index keeps them. */
	sessions: readonly S[];
	series: ReadonlyMap<string, Entry<Pick<Series, 'timezone'>>>;
	awards: readonly A[];
	loop: Pick<LearningLoop, 'commitments' | 'benchmarks'>;
	tookPlace: (session: S) => boolean;
};

export type Counted = { id: string; sessions: number };

export type YearReview<S extends Entry<Session>, A extends Entry<Award>> = {
	series: string;
	year: number;
	/** Sessions that took place (over and not cancelled), oldest first. */
	sessions: S[];
	attendance: {
		/** Sessions whose attendance was recorded; the total and median are of these. */
		recorded: number;
		total: number;
		median: number | undefined;
	};
	/** By sessions, most first, then by id. */
	themes: Counted[];
	/** Published presenters (never a Chatham House session's), in the order they first presented that year. */
	presenters: { id: string; firstTime: boolean }[];
	firstTimePresenters: number;
	/** Organisations that hosted, by sessions, most first. */
	hosts: Counted[];
	commitments: {
		/** Made at the year's sessions. */
		made: number;
		/** Reported done at a session of the series that took place that year. */
		completed: number;
	};
	/** Benchmarks agreed in the series and first reported reached at a session that year. */
	benchmarksReached: BenchmarkRecord[];
	/** Volunteers of the Month of the series for the year's months up to now, oldest first. */
	awards: A[];
};

/** The middle value, or the mean of the two middle ones; none of an empty list. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function countBy(ids: Iterable<string>): Counted[] {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].map(([id, sessions]) => ({ id, sessions })).sort((a, b) => b.sessions - a.sessions || a.id.localeCompare(b.id));
}

/** Every series' years, each with at least one session that took place: `reviews.get(series)?.get(year)`. */
export function deriveYearsInReview<S extends Entry<Session>, A extends Entry<Award>>(index: ReviewInput<S, A>) {
	const zoneOf = (seriesId: string) => index.series.get(seriesId)?.data.timezone ?? 'UTC';
	const yearOf = (session: Entry<Session>) => yearIn(sessionStart(session.data), zoneOf(session.data.series));

	const reviews = new Map<string, Map<number, YearReview<S, A>>>();
	const reviewOf = (seriesId: string, year: number): YearReview<S, A> => {
		let years = reviews.get(seriesId);
		if (!years) reviews.set(seriesId, (years = new Map<number, YearReview<S, A>>()));
		let review = years.get(year);
		if (!review) {
			review = {
				series: seriesId,
				year,
				sessions: [],
				attendance: { recorded: 0, total: 0, median: undefined },
				themes: [],
				presenters: [],
				firstTimePresenters: 0,
				hosts: [],
				commitments: { made: 0, completed: 0 },
				benchmarksReached: [],
				awards: [],
			};
			years.set(year, review);
		}
		return review;
	};

	// Oldest first, so a presenter's first session in a series is met first.
	const held = index.sessions.filter((s) => index.tookPlace(s)).reverse();
	const heldYear = new Map<string, number>();
	const presentedIn = new Set<string>();
	const presentedThatYear = new Set<string>();
	for (const session of held) {
		const year = yearOf(session);
		heldYear.set(session.id, year);
		const review = reviewOf(session.data.series, year);
		review.sessions.push(session);
		for (const person of publishedPresenters(session.data)) {
			const thatYear = `${session.data.series} ${year} ${person}`;
			if (presentedThatYear.has(thatYear)) continue;
			presentedThatYear.add(thatYear);
			const seen = `${session.data.series} ${person}`;
			const firstTime = !presentedIn.has(seen);
			presentedIn.add(seen);
			review.presenters.push({ id: person, firstTime });
			if (firstTime) review.firstTimePresenters++;
		}
	}

	for (const years of reviews.values()) {
		for (const review of years.values()) {
			const counts = review.sessions.flatMap((s) => (s.data.attendance === undefined ? [] : [s.data.attendance]));
			review.attendance = { recorded: counts.length, total: counts.reduce((sum, n) => sum + n, 0), median: median(counts) };
			review.themes = countBy(review.sessions.flatMap((s) => [...new Set(s.data.themes)]));
			review.hosts = countBy(review.sessions.flatMap((s) => (s.data.host ? [s.data.host] : [])));
		}
	}

	const reviewAt = (session: Entry<Session>) => {
		const year = heldYear.get(session.id);
		return year === undefined ? undefined : reviews.get(session.data.series)?.get(year);
	};
	for (const record of index.loop.commitments) {
		const made = reviewAt(record.session);
		if (made) made.commitments.made++;
		const last = record.checkIns[record.checkIns.length - 1];
		if (record.status !== 'done' || !last) continue;
		// Counted in the year of the series it was made in, when the check-in that closed it was held.
		const year = heldYear.get(last.session.id);
		const review = year === undefined ? undefined : reviews.get(record.session.data.series)?.get(year);
		if (review) review.commitments.completed++;
	}
	for (const record of index.loop.benchmarks) {
		if (!record.reached || !record.reachedAt) continue;
		const year = heldYear.get(record.reachedAt.id);
		const review = year === undefined ? undefined : reviews.get(record.session.data.series)?.get(year);
		review?.benchmarksReached.push(record);
	}

	const nowMonth = index.now.toISOString().slice(0, 7);
	for (const award of [...index.awards].sort((a, b) => a.data.month.localeCompare(b.data.month) || a.id.localeCompare(b.id))) {
		if (award.data.month > nowMonth) continue;
		reviews
			.get(award.data.series)
			?.get(Number(award.data.month.slice(0, 4)))
			?.awards.push(award);
	}

	return {
		/** The years of a series that have a review, oldest first. */
		yearsOf: (seriesId: string): number[] => [...(reviews.get(seriesId)?.keys() ?? [])].sort((a, b) => a - b),
		review: (seriesId: string, year: number): YearReview<S, A> | undefined => reviews.get(seriesId)?.get(year),
		all: (): YearReview<S, A>[] => [...reviews.values()].flatMap((years) => [...years.values()]),
	};
}

export type YearsInReview<S extends Entry<Session>, A extends Entry<Award>> = ReturnType<typeof deriveYearsInReview<S, A>>;

const derived = new WeakMap<object, unknown>();

/** The years in review of a site index, derived the first time a page asks and kept with the index. */
export function yearsInReviewOf<S extends Entry<Session>, A extends Entry<Award>>(index: ReviewInput<S, A>): YearsInReview<S, A> {
	let years = derived.get(index) as YearsInReview<S, A> | undefined;
	if (!years) derived.set(index, (years = deriveYearsInReview(index)));
	return years;
}
