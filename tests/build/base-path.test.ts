/**
 * A fork published as a GitHub Pages project site lives under a path
 * (`https://<owner>.github.io/<repo>/`): the deploy workflow sets SITE_URL and
 * BASE_PATH. Built that way, every internal link, image, card and script
 * must carry the path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
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
