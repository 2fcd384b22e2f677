/**
 * The web app manifest of one language: what a phone shows when a reader
 * adds the site to the home screen, in their language, opening on that
 * language's home page.
 */

/**
 * Starlight's light theme: the header's grey (`--sl-color-gray-7`,
 * hsl(224 19% 97%)) for the browser's bar and white for the page. The dark
 * theme's header (`--sl-color-gray-6`, hsl(224 14% 16%)) is for readers whose
 * device is set to dark.
 */
export const themeColours = { light: '#f6f7f9', dark: '#23262f', background: '#ffffff' } as const;

/** The icons every manifest lists, as files below the base. `maskable` has room around the logo for a phone's mask. */
export const manifestIcons = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export type ManifestInput = {
	name: string;
	shortName: string;
	description: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The language's home, with the base: `/lo/`. */
	startUrl: string;
	/** The site's base path: `/` or `/hub/`. */
	base: string;
};

export function webAppManifest(input: ManifestInput) {
	return {
		id: input.startUrl,
		name: input.name,
		short_name: input.shortName,
		description: input.description,
		lang: input.lang,
		dir: input.dir,
		start_url: input.startUrl,
		scope: input.startUrl,
		display: 'standalone',
		theme_color: themeColours.light,
		background_color: themeColours.background,
		icons: manifestIcons.map((icon) => ({
			src: `${input.base}${icon.file}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}

/** The maskable icon's drawing: the logo at 70% on its own green, so a circle or squircle mask never cuts it. */
export function maskableSvg(logoSvg: string, background: string): string {
	// Whatever comes before the <svg> element (an XML declaration, a comment) cannot be nested.
	const inner = logoSvg.replace(/^[\s\S]*?<svg\b/, '<svg x="4.8" y="4.8" width="22.4" height="22.4"');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/>${inner}</svg>`;
}
