/**
 * Observable Plot drawn on the server: linkedom stands in for the browser's
 * document, and the chart comes out as an SVG string that needs no script.
 * The SVG scales to its container (viewBox), uses the page's font, so Lao
 * labels get the Lao font, and carries its text alternative.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

let shared: Document | undefined;
/** One document for every chart of a build: making one costs more than drawing a chart. */
function chartDocument(): Document {
	return (shared ??= parseHTML('<!doctype html><html><body></body></html>').document);
}

/** The width charts are drawn at; on a phone they scale down with their text. */
export const chartWidth = 480;
export const chartFontSize = 14;

export type ChartOptions = Omit<Plot.PlotOptions, 'document' | 'width' | 'style' | 'ariaLabel'>;

/** The chart as SVG markup, `role="img"` with `label` as its accessible name; at most `chartWidth` wide, narrower on a phone. */
export function plotSvg(options: ChartOptions, label: string): string {
	const chart = Plot.plot({
		...options,
		document: chartDocument(),
		width: chartWidth,
		style: { fontFamily: 'inherit', fontSize: `${chartFontSize}px`, overflow: 'visible' },
		ariaLabel: label,
	});
	chart.setAttribute('role', 'img');
	// Plot names its groups ("bar", "y-axis tick"); inside an image those names are never read, and
	// ARIA allows no name on an element without a role, so only the image keeps one.
	for (const part of chart.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
	chart.setAttribute('aria-label', label);
	return chart.outerHTML;
}
