import { describe, expect, it } from 'vitest';
import { labelledBars } from './labelled-bars.ts';
import { monthlyColumns, monthlyLine, monthTicks } from './monthly-columns.ts';
import { chartBackgrounds, chartPalette, chartPaletteCss, contrastRatio } from './palette.ts';
import { themeYears } from './theme-years.ts';

const count = (svg: string, tag: string) => svg.split(`<${tag} `).length - 1;
const axis = { months: ['2026-01', '2026-02', '2026-03'], tick: (m: string) => `M${m}`, yLabel: 'Sessions held' };

describe('charts drawn as static SVG', () => {
	it('draws a bar per row with its label and value, as an image with a text alternative', () => {
		const svg = labelledBars(
			[
				{ label: 'Riverside Health Advocates', value: 3, valueLabel: '3' },
				{ label: 'ສູນ ສຸຂະພາບ', value: 1, valueLabel: '1' },
			],
			'Presenters by organisation: 4 in all.',
		);
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).toContain('aria-label="Presenters by organisation: 4 in all."');
		expect(svg).toContain('viewBox="0 0 480 ');
		expect(count(svg, 'rect')).toBe(2);
		expect(svg).toContain('>Riverside Health Advocates<');
		expect(svg).toContain('>ສູນ ສຸຂະພາບ<');
		expect(svg).not.toContain('<script');
		// Only the image is named: ARIA allows no name on its unnamed groups.
		expect(svg.match(/aria-label=/g)).toHaveLength(1);
	});

	it('stacks a column per month and series, coloured from the palette, with ticks in the reader’s words', () => {
		const svg = monthlyColumns(
			[
				{ month: '2026-01', group: 'a', value: 2 },
				{ month: '2026-03', group: 'a', value: 1 },
				{ month: '2026-03', group: 'b', value: 1 },
			],
			['a', 'b'],
			axis,
			'Sessions per month',
		);
		expect(count(svg, 'rect')).toBe(3);
		expect(svg).toContain('fill="var(--plh-chart-1)"');
		expect(svg).toContain('fill="var(--plh-chart-2)"');
		expect(svg).toContain('>M2026-02<');
		expect(svg).toContain('Sessions held');
	});

	it('draws a line with a dot per month that has a value', () => {
		const svg = monthlyLine(
			[
				{ month: '2026-01', value: 20 },
				{ month: '2026-03', value: 31 },
			],
			axis,
			'Attendance',
		);
		expect(count(svg, 'circle')).toBe(2);
		// February recorded nothing: the line stops there instead of joining January to March.
		const line = /<path [^>]*d="([^"]+)"/.exec(svg.slice(svg.indexOf('stroke-width="2"')))?.[1] ?? '';
		expect(line.match(/M/g)).toHaveLength(2);
	});

	it('puts a dot per theme and year', () => {
		const svg = themeYears(
			[
				{ theme: 'Nutrition', year: '2025', value: 1, valueLabel: '1' },
				{ theme: 'Funding', year: '2026', value: 2, valueLabel: '2' },
			],
			['Funding', 'Nutrition'],
			['2025', '2026'],
			'Themes',
		);
		expect(count(svg, 'circle')).toBe(2);
		expect(svg).toContain('>2025<');
		expect(svg).toContain('>Nutrition<');
	});

	it('thins month ticks to at most five, January first over long spans', () => {
		const months = Array.from({ length: 36 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
		expect(monthTicks(months).map((d) => d.toISOString().slice(0, 7))).toEqual(['2024-01', '2025-01', '2026-01']);
		expect(monthTicks(months.slice(0, 12))).toHaveLength(4);
		expect(monthTicks(['2026-01', '2026-02'])).toHaveLength(2);
	});
});

describe('the charts’ colours', () => {
	it('pass 3:1 against the page in both themes', () => {
		for (const theme of ['dark', 'light'] as const) {
			for (const colour of chartPalette[theme]) expect(contrastRatio(colour, chartBackgrounds[theme])).toBeGreaterThanOrEqual(3);
		}
	});

	it('are custom properties of each theme', () => {
		expect(chartPaletteCss()).toContain(`:root[data-theme='light'] { --plh-chart-1: ${chartPalette.light[0]};`);
		expect(chartPaletteCss()).toMatch(/^:root \{ --plh-chart-1: #56B4E9;/);
	});

	it('measure contrast as WCAG does', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});
