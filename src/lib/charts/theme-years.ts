/**
 * Themes over time: a row per theme (its label above it), a column per year,
 * and a dot sized by the sessions held on the theme that year, with the
 * number beside it.
 */
import * as Plot from '@observablehq/plot';
import { chartColour } from './palette.ts';
import { chartFontSize, plotSvg } from './plot-svg.ts';

export type ThemeYear = { theme: string; year: string; value: number; valueLabel: string };

const rowHeight = 2.8 * chartFontSize;

export function themeYears(cells: readonly ThemeYear[], themes: readonly string[], years: readonly string[], label: string): string {
	const half = rowHeight / 2;
	const labels = themes.map((theme) => ({ theme }));
	return plotSvg(
		{
			height: Math.max(1, themes.length) * rowHeight + 36,
			marginTop: 4,
			marginLeft: 8,
			marginRight: 8,
			marginBottom: 32,
			x: { type: 'band', domain: [...years], label: null, tickSize: 0 },
			y: { type: 'band', axis: null, domain: [...themes], padding: 0 },
			r: { range: [3, half / 2 - 1], zero: true },
			marks: [
				// A hairline above each theme's row keeps its label and its dots together.
				Plot.ruleY(labels, { y: 'theme', dy: -half, strokeOpacity: 0.2 }),
				Plot.text(labels, {
					y: 'theme',
					text: 'theme',
					frameAnchor: 'left',
					textAnchor: 'start',
					dy: -half / 2,
					lineWidth: 32,
					textOverflow: 'ellipsis',
				}),
				Plot.dot(cells, { x: 'year', y: 'theme', r: 'value', fill: chartColour(0), dy: half / 2, dx: -8 }),
				Plot.text(cells, { x: 'year', y: 'theme', text: 'valueLabel', textAnchor: 'start', dy: half / 2, dx: 8 }),
			],
		},
		label,
	);
}
