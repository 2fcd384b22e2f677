/**
 * Sessions per month, stacked by series: one column a month, on a time axis
 * whose ticks are thinned to what fits, in the reader's language.
 */
import * as Plot from '@observablehq/plot';
import { chartColour } from './palette.ts';
import { plotSvg } from './plot-svg.ts';

export type MonthAxis = {
	/** Every month shown, `2026-03`, oldest first. */
	months: readonly string[];
	/** A tick's text for a month: "Mar 2026", or the year alone over a long span. */
	tick: (month: string) => string;
	/** The y axis' title: "Sessions". */
	yLabel: string;
};

export const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** Ticks that fit the chart's width: at most five, evenly spread over the months, January first over long spans. */
export function monthTicks(months: readonly string[]): Date[] {
	if (months.length <= 5) return months.map(monthDate);
	const januaries = months.filter((m) => m.endsWith('-01'));
	const pool = januaries.length >= 2 ? januaries : months;
	const step = Math.ceil(pool.length / 5);
	return pool.filter((_, i) => i % step === 0).map(monthDate);
}

function timeX(axis: MonthAxis) {
	const first = axis.months[0] ?? '2000-01';
	const last = axis.months[axis.months.length - 1] ?? first;
	const end = monthDate(last);
	end.setUTCMonth(end.getUTCMonth() + 1);
	return {
		type: 'utc' as const,
		domain: [monthDate(first), end],
		ticks: monthTicks(axis.months),
		tickFormat: (date: Date) => axis.tick(monthOf(date)),
		label: null,
	};
}

export function monthlyColumns(
	rows: readonly { month: string; group: string; value: number }[],
	groups: readonly string[],
	axis: MonthAxis,
	label: string,
): string {
	return plotSvg(
		{
			height: 260,
			// Room above the top tick for the axis' title.
			marginTop: 30,
			marginLeft: 36,
			marginRight: 24,
			x: timeX(axis),
			y: { grid: true, label: axis.yLabel, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : '') },
			color: { domain: [...groups], range: groups.map((_, i) => chartColour(i)) },
			marks: [
				Plot.rectY(rows, { x: (r: { month: string }) => monthDate(r.month), interval: 'month', y: 'value', fill: 'group', inset: 0.5 }),
				Plot.ruleY([0]),
			],
		},
		label,
	);
}

export function monthlyLine(rows: readonly { month: string; value: number }[], axis: MonthAxis, label: string): string {
	// Every month of the axis, without a value where none was recorded: the line breaks there rather than
	// drawing a trend across months that recorded nothing.
	const values = new Map(rows.map((r) => [r.month, r.value]));
	const points = axis.months.map((month) => ({ date: monthDate(month), value: values.get(month) ?? Number.NaN }));
	return plotSvg(
		{
			height: 240,
			marginTop: 30,
			marginLeft: 44,
			marginRight: 24,
			x: timeX(axis),
			y: { grid: true, label: axis.yLabel, zero: true },
			marks: [
				Plot.lineY(points, { x: 'date', y: 'value', stroke: chartColour(0), strokeWidth: 2 }),
				Plot.dot(points, { x: 'date', y: 'value', fill: chartColour(0), r: 4 }),
				Plot.ruleY([0]),
			],
		},
		label,
	);
}
