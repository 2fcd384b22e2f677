import { describe, expect, it } from 'vitest';
import { maskableSvg, themeColours, webAppManifest } from './web-app-manifest.ts';

describe('webAppManifest', () => {
	const manifestOf = () =>
		webAppManifest({
			name: 'ສູນການຮຽນຮູ້ແບບເພື່ອນຫາເພື່ອນ',
			shortName: 'ສູນການຮຽນຮູ້',
			description: 'ກອງປະຊຸມ',
			lang: 'lo',
			dir: 'ltr',
			startUrl: '/hub/lo/',
			base: '/hub/',
		});

	it('opens the language’s home, standalone, within that language’s pages', () => {
		const manifest = manifestOf();
		expect(manifest).toMatchObject({
			id: '/hub/lo/',
			start_url: '/hub/lo/',
			scope: '/hub/lo/',
			display: 'standalone',
			lang: 'lo',
			dir: 'ltr',
		});
		expect(manifest.name).toBe('ສູນການຮຽນຮູ້ແບບເພື່ອນຫາເພື່ອນ');
		expect(manifest.short_name).toBe('ສູນການຮຽນຮູ້');
	});

	it('has the light theme’s colours and the icons Chrome asks for (192 and 512, and a maskable one) under the base', () => {
		const manifest = manifestOf();
		expect(manifest.theme_color).toBe(themeColours.light);
		expect(manifest.background_color).toBe('#ffffff');
		expect(manifest.icons.map((i) => [i.src, i.sizes, i.type, i.purpose])).toEqual([
			['/hub/icons/icon-192.png', '192x192', 'image/png', 'any'],
			['/hub/icons/icon-512.png', '512x512', 'image/png', 'any'],
			['/hub/icons/icon-maskable-512.png', '512x512', 'image/png', 'maskable'],
		]);
	});
});

describe('maskableSvg', () => {
	it('leaves out what comes before the logo’s <svg> element, which cannot be nested', () => {
		const svg = maskableSvg('<?xml version="1.0"?>\n<!-- logo --><svg viewBox="0 0 32 32"/>', '#000000');
		expect(svg).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#000000"/><svg x="4.8" y="4.8" width="22.4" height="22.4" viewBox="0 0 32 32"/></svg>',
		);
	});

	it('draws the logo inside the middle 70% on a full square of its colour', () => {
		const svg = maskableSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle r="5"/></svg>', '#1d6f5a');
		expect(svg).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d6f5a"/><svg x="4.8" y="4.8" width="22.4" height="22.4" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle r="5"/></svg></svg>',
		);
	});
});
