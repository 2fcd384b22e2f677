/**
 * A fork published as a GitHub Pages project site lives under a path
 * (`https://<owner>.github.io/<repo>/`): the deploy workflow sets SITE_URL and
 * BASE_PATH. Built that way, every internal link, image, card and script
 * must carry the path, and so must each language's manifest and service worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { keptUrls } from '../../scripts/bench/offline.ts';
import { brokenInternalLinks } from '../support/dist-links.ts';
import { buildSite, fixturesDir, prepareSite, testNow, type SiteCopy } from '../support/site-build.ts';

const origin = 'https://network.github.io';
let site: SiteCopy;

beforeAll(() => {
	site = prepareSite('base-path', join(fixturesDir, 'small-site'));
	buildSite(site, { PLH_NOW: testNow, SITE_URL: origin, BASE_PATH: '/hub/' });
});

it('builds every internal link, image, card and script under the base path', () => {
	expect(brokenInternalLinks(site.dist, origin, '/hub/').join('\n')).toBe('');
	const home = readFileSync(join(site.dist, 'index.html'), 'utf-8');
	expect(home).toContain('href="/hub/sessions/"');
	expect(home).toMatch(/<meta property="og:image" content="https:\/\/network\.github\.io\/hub\/og\/[^"]+\.png"/);
});

it('puts the manifests, service workers and what they keep under the base path', () => {
	const manifest = JSON.parse(readFileSync(join(site.dist, 'lo/manifest.webmanifest'), 'utf-8')) as {
		start_url: string;
		scope: string;
		icons: { src: string }[];
	};
	expect(manifest).toMatchObject({ start_url: '/hub/lo/', scope: '/hub/lo/' });
	for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/hub\/icons\//);
	const home = readFileSync(join(site.dist, 'lo/index.html'), 'utf-8');
	expect(home).toContain('<link rel="manifest" href="/hub/lo/manifest.webmanifest" data-service-worker="/hub/lo/sw.js"/>');
	const worker = readFileSync(join(site.dist, 'lo/sw.js'), 'utf-8');
	expect(worker).toContain('"runtime":"/hub/workbox-v');
	expect(worker).toContain('"offlinePage":"/hub/lo/offline/"');
	const kept = keptUrls(worker);
	expect(kept).toContain('/hub/lo/toolkit/');
	expect(kept.filter((url) => !url.startsWith('/hub/'))).toEqual([]);
});
