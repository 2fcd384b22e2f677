/**
 * The colours of the charts, one set per theme of the site. Each passes 3:1
 * against its theme's page background (WCAG 1.4.11, graphics), as the unit
 * test checks; text in the charts is the page's own colour. The charts use
 * the custom properties, so they follow the theme a reader picks.
 */

/** Starlight's page backgrounds: `--sl-color-black` of the dark theme, and of the light one. */
export const chartBackgrounds = { dark: '#17181c', light: '#ffffff' } as const;

/** After Okabe and Ito's palette for colour-blind readers: lighter on the dark theme, darker on the light one. */
export const chartPalette = {
	dark: ['#56B4E9', '#E69F00', '#2EC4A0', '#F28CB8', '#F0E442', '#B9A6FF'],
	light: ['#0072B2', '#C44F00', '#00795A', '#A8447E', '#7A5C00', '#5B4BB7'],
} as const;

export const chartColourCount = chartPalette.light.length;

/** The colour of the `i`-th series (repeating after the palette's six), as CSS. */
export const chartColour = (i: number): string => `var(--plh-chart-${(i % chartColourCount) + 1})`;

/** The custom properties of both themes, for a `<style>` on the pages with charts. Starlight's dark theme is the default. */
export function chartPaletteCss(): string {
	const props = (colours: readonly string[]) => colours.map((c, i) => `--plh-chart-${i + 1}: ${c};`).join(' ');
	return `:root { ${props(chartPalette.dark)} } :root[data-theme='light'] { ${props(chartPalette.light)} }`;
}

const channel = (value: number) => {
	const c = value / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
