/**
 * Each series' plan (the `plans` collection) and the turns on its rota still
 * to come. Pure: the pages pass the entries and "now".
 */
import type { Plan } from '../../schemas/plan.ts';

type PlanEntry = { id: string; data: Plan };
export type RotaTurn = Plan['rota'][number];

/** The published plan of each series: drafts stay out; the check allows one plan per series. */
export function plansBySeries<P extends PlanEntry>(plans: readonly P[]): Map<string, P> {
	const bySeries = new Map<string, P>();
	for (const plan of [...plans].sort((a, b) => a.id.localeCompare(b.id))) {
		if (!plan.data.draft && !bySeries.has(plan.data.series)) bySeries.set(plan.data.series, plan);
	}
	return bySeries;
}

/**
 * The day "now" is in the series' zone, as `YYYY-MM-DD`: a turn written as a
 * month or a day is still to come until that month or day is over there.
 */
export function todayIn(now: Date, timeZone: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether a turn's `when` (a year, month or day) is not over on `today`. */
export const isAhead = (when: string, today: string): boolean => when >= today.slice(0, when.length);

/** The next `count` turns on the rota, soonest first, from `today` (`YYYY-MM-DD`). */
export function nextTurns(plan: Plan, today: string, count = 3): RotaTurn[] {
	return plan.rota
		.filter((turn) => isAhead(turn.when, today))
		.sort((a, b) => a.when.localeCompare(b.when))
		.slice(0, count);
}
