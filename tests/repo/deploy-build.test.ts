/**
 * The deploy workflow's build, run as GitHub Pages runs it: each `run:` step
 * of its build job on a clean clone, with SITE_URL and BASE_PATH as
 * `actions/configure-pages` gives them for a project site, and the folder it
 * uploads checked for the whole site under that path. A fork published as a
 * project site lives under a path (`https://<owner>.github.io/<repo>/`), so
 * every internal link, image, card and script must carry it, and so must each
 * language's manifest and service worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keptUrls } from '../../scripts/bench/offline.ts';
import { cleanCopy } from '../support/clean-copy.ts';
import { brokenInternalLinks } from '../support/dist-links.ts';
import { buildEnvironment, projectRoot, sharedCardCache, sharedPdfCache, type SiteCopy } from '../support/site-build.ts';

type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> };
const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf-8')) as { jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;

/** What `actions/configure-pages` outputs for https://network.github.io/peer-learning-hub/. */
const pages: Record<string, string> = { origin: 'https://network.github.io', base_path: '/peer-learning-hub' };

/** A step's value with `${{ steps.pages.outputs.* }}` filled in; any other expression is a test to update. */
function resolve(value: string): string {
	return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
		const output = /^steps\.pages\.outputs\.(\w+)$/.exec(expression)?.[1];
		if (!output || !(output in pages))
			throw new Error(`deploy.yml uses \${{ ${expression} }}, which this test does not know how to fill in`);
		return pages[output]!;
	});
}

/** The folder the workflow's `actions/cache` step keeps from one deploy to the next: cards and PDFs. */
const keptBetweenDeploys = 'node_modules/.cache/peer-learning-hub';

let clone: SiteCopy;
let uploaded: string;
beforeAll(() => {
	clone = cleanCopy('clean-clone-deploy');
	// What the cache step restores stands in for the test run's shared caches: a card or a PDF is kept under a key
	// made of everything that shapes it, so one made by another copy is the one this build would make.
	const restored = { PLH_CARD_CACHE: sharedCardCache, PLH_PDF_CACHE: sharedPdfCache };
	for (const step of steps) {
		// The install is the one this test run made from the same lock file (`npm ci`).
		if (!step.run || /^npm (ci|install)\b/.test(step.run)) continue;
		const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, resolve(value)]));
		const result = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], {
			cwd: clone.root,
			encoding: 'utf-8',
			env: { ...buildEnvironment(), ...restored, ...env },
			maxBuffer: 64 * 1024 * 1024,
		});
		if (result.status !== 0) throw new Error(`deploy.yml step "${step.name ?? step.run}" failed:\n${result.stdout}\n${result.stderr}`);
	}
	const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
	uploaded = join(clone.root, upload?.with?.path ?? '(no upload step)');
});

it('installs with npm ci and builds with the address Pages gives', () => {
	expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
	const build = steps.find((step) => step.run === 'npm run build');
	expect(Object.keys(build?.env ?? {}).sort()).toEqual(['BASE_PATH', 'SITE_URL']);
	const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
	expect(cache?.with?.path).toBe(keptBetweenDeploys);
	expect(steps.indexOf(cache!)).toBeLessThan(steps.indexOf(build!));
});

it('uploads a folder that holds the whole site in both languages, with search', () => {
	for (const file of ['index.html', 'lo/index.html', '404.html', 'sessions/index.html', 'pagefind/pagefind.js', 'sitemap-index.xml']) {
		expect(existsSync(join(uploaded, file)), file).toBe(true);
	}
});

it('links every page, image, card and script under the project site’s path', () => {
	expect(brokenInternalLinks(uploaded, pages.origin!, `${pages.base_path}/`).join('\n')).toBe('');
	const home = readFileSync(join(uploaded, 'index.html'), 'utf-8');
	expect(home).toContain('<link rel="canonical" href="https://network.github.io/peer-learning-hub/"');
	expect(home).toContain('href="/peer-learning-hub/sessions/"');
	expect(home).toMatch(/<meta property="og:image" content="https:\/\/network\.github\.io\/peer-learning-hub\/og\/[^"]+\.png"/);
});

it('puts each language’s manifest, service worker and what it keeps under the project site’s path', () => {
	for (const lang of ['en', 'lo']) {
		const at = lang === 'en' ? '/peer-learning-hub/' : `/peer-learning-hub/${lang}/`;
		const folder = lang === 'en' ? uploaded : join(uploaded, lang);
		const manifest = JSON.parse(readFileSync(join(folder, 'manifest.webmanifest'), 'utf-8')) as {
			start_url: string;
			scope: string;
			icons: { src: string }[];
		};
		expect(manifest, lang).toMatchObject({ start_url: at, scope: at });
		for (const icon of manifest.icons) expect(icon.src, lang).toMatch(/^\/peer-learning-hub\/icons\//);
		const home = readFileSync(join(folder, 'index.html'), 'utf-8');
		expect(home).toContain(`<link rel="manifest" href="${at}manifest.webmanifest" data-service-worker="${at}sw.js"/>`);
		const worker = readFileSync(join(folder, 'sw.js'), 'utf-8');
		expect(worker).toContain('"runtime":"/peer-learning-hub/workbox-v');
		expect(worker).toContain(`"offlinePage":"${at}offline/"`);
		const kept = keptUrls(worker);
		expect(kept).toContain(`${at}toolkit/`);
		expect(kept.filter((url) => !url.startsWith('/peer-learning-hub/'))).toEqual([]);
	}
});
