/**
 * Horizontal bars, each with its label above it and its value at its end.
 * Labels above rather than beside the bars keep the whole width for them,
 * so long names, and Lao ones, are not cut on a phone.
 */
import * as Plot from '@observablehq/plot';
import { chartColour } from './palette.ts';
import { chartFontSize, plotSvg } from './plot-svg.ts';

export type Bar = { label: string; value: number; valueLabel: string };

const rowHeight = 2.6 * chartFontSize;

export function labelledBars(bars: readonly Bar[], label: string): string {
	const max = Math.max(1, ...bars.map((b) => b.value));
	const half = rowHeight / 2;
	return plotSvg(
		{
			height: Math.max(1, bars.length) * rowHeight + 8,
			marginTop: 4,
			marginBottom: 4,
			marginLeft: 2,
			marginRight: 2,
			// Room after the longest bar for its value.
			x: { axis: null, domain: [0, max * 1.2] },
			y: { type: 'band', axis: null, domain: bars.map((b) => b.label), padding: 0 },
			marks: [
				Plot.barX(bars, { x: 'value', y: 'label', fill: chartColour(0), insetTop: half, insetBottom: 4 }),
				Plot.text(bars, {
					y: 'label',
					text: 'label',
					frameAnchor: 'left',
					textAnchor: 'start',
					dy: -half / 2,
					lineWidth: 32,
					textOverflow: 'ellipsis',
				}),
				Plot.text(bars, { x: 'value', y: 'label', text: 'valueLabel', textAnchor: 'start', dx: 4, dy: half / 2 - 2 }),
			],
		},
		label,
	);
}
