/**
 * The deploy workflow's build, run as GitHub Pages runs it: each `run:` step
 * of its build job on a clean clone, with SITE_URL and BASE_PATH as
 * `actions/configure-pages` gives them for a project site, and the folder it
 * uploads checked for the whole site under that path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanCopy } from '../support/clean-copy.ts';
import { brokenInternalLinks } from '../support/dist-links.ts';
import { buildEnvironment, projectRoot, type SiteCopy } from '../support/site-build.ts';

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

let clone: SiteCopy;
let uploaded: string;
beforeAll(() => {
	clone = cleanCopy('clean-clone-deploy');
	for (const step of steps) {
		// The install is the one this test run made from the same lock file (`npm ci`).
		if (!step.run || /^npm (ci|install)\b/.test(step.run)) continue;
		const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, resolve(value)]));
		const result = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], {
			cwd: clone.root,
			encoding: 'utf-8',
			env: { ...buildEnvironment(), ...env },
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
});
