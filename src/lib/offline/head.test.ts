import { describe, expect, it } from 'vitest';
import { offlineHead } from './head.ts';
import { themeColours } from './web-app-manifest.ts';

describe('offlineHead', () => {
	it('links each language to its own manifest and service worker, under the base', () => {
		expect(offlineHead('lo', '/hub/')[0]).toEqual({
			tag: 'link',
			attrs: { rel: 'manifest', href: '/hub/lo/manifest.webmanifest', 'data-service-worker': '/hub/lo/sw.js' },
		});
		expect(offlineHead('en', '/')[0]!.attrs).toMatchObject({ href: '/manifest.webmanifest', 'data-service-worker': '/sw.js' });
	});

	it('gives the browser bar the light and the dark theme’s colours', () => {
		expect(offlineHead('en', '/').slice(1)).toEqual([
			{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: themeColours.light } },
			{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: themeColours.dark } },
		]);
	});
});
