/**
 * The GitHub workflows, parsed: the triggers, the least permissions each job
 * needs, every action pinned by commit, no credentials left behind, no secrets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { steps } from '../../scripts/verify/steps.ts';
import { projectRoot } from '../support/site-build.ts';

type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
type Job = { permissions?: Record<string, string>; steps: Step[] };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };

const read = (name: string) => {
	const text = readFileSync(join(projectRoot, '.github/workflows', name), 'utf-8');
	return { text, workflow: parse(text) as Workflow };
};

describe.each(['validate.yml', 'deploy.yml'])('%s', (name) => {
	const { text, workflow } = read(name);

	it('starts from no permissions and pins every action by commit', () => {
		expect(workflow.permissions).toEqual({});
		const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
		expect(uses.length).toBeGreaterThan(0);
		for (const use of uses) expect(use).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
	});

	it('checks out without keeping credentials, and uses no secrets', () => {
		for (const job of Object.values(workflow.jobs)) {
			for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
				expect(step.with?.['persist-credentials']).toBe(false);
			}
		}
		expect(text).not.toMatch(/secrets\./);
		expect(text).not.toContain('pull_request_target');
	});
});

describe('validate.yml', () => {
	const { workflow } = read('validate.yml');
	it('runs on pull requests only, reading the repository and nothing more', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.jobs.validate!.permissions).toEqual({ contents: 'read' });
	});

	it('installs exactly and runs npm run verify, listing no steps of its own', () => {
		const runs = workflow.jobs.validate!.steps.map((s) => s.run).filter(Boolean);
		expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run verify']);
	});
});

describe('.ci/run', () => {
	const script = readFileSync(join(projectRoot, '.ci/run'), 'utf-8');
	const commands = (text: string) => text.split('\n').filter((line) => /^npm /.test(line.trim()));

	it('runs the README’s two set-up commands word for word, the second being npm run verify', () => {
		const readme = readFileSync(join(projectRoot, 'README.md'), 'utf-8');
		const setUp = /## Set up[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		expect(commands(setUp)).toEqual(['npm ci && npm run build', 'npm ci && npm run verify']);
		expect(commands(script)).toEqual(commands(setUp));
	});

	it('runs the same script as the validate workflow', () => {
		const { workflow } = read('validate.yml');
		const verify = workflow.jobs.validate!.steps.map((s) => s.run).find((run) => run?.includes('verify'));
		expect(commands(script).some((line) => line.endsWith(`&& ${verify}`))).toBe(true);
		const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf-8')) as { scripts: Record<string, string> };
		expect(pkg.scripts.verify).toBe('node scripts/verify.ts');
	});
});

describe('lint and type-check', () => {
	it('generate Astro’s types first, so they need no build before them', () => {
		const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf-8')) as { scripts: Record<string, string> };
		expect(pkg.scripts.lint).toMatch(/^astro sync && /);
		expect(pkg.scripts.typecheck).toMatch(/^astro sync && /);
	});

	// The validate workflow runs verify on a fresh checkout, so lint and type-check meet no build there, and the
	// `astro sync` above is what lets them pass. Running both again on a copy from inside the suite cost about
	// 100 s of a 2-core machine on every run and showed nothing these two facts do not.
	it('run before the build in npm run verify, where a clean clone has no generated types yet', () => {
		const order = steps.map((step) => step.script);
		expect(order.indexOf('lint')).toBeLessThan(order.indexOf('build'));
		expect(order.indexOf('typecheck')).toBeLessThan(order.indexOf('build'));
	});
});

describe('dependabot.yml', () => {
	type Update = { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, unknown> };
	const config = parse(readFileSync(join(projectRoot, '.github/dependabot.yml'), 'utf-8')) as { version: number; updates: Update[] };

	it('updates npm packages weekly, grouped, and the pinned actions weekly', () => {
		expect(config.version).toBe(2);
		const byEcosystem = Object.fromEntries(config.updates.map((u) => [u['package-ecosystem'], u]));
		expect(Object.keys(byEcosystem).sort()).toEqual(['github-actions', 'npm']);
		for (const update of config.updates) {
			expect(update.directory).toBe('/');
			expect(update.schedule.interval).toBe('weekly');
			expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
		}
	});

	it('cannot deploy what it proposes: its pull requests only reach the validate workflow', () => {
		const { workflow } = read('deploy.yml');
		expect(Object.keys(workflow.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
	});

	it('keeps each action’s version beside its commit, as Dependabot updates both', () => {
		for (const name of ['validate.yml', 'deploy.yml']) {
			const { text } = read(name);
			for (const line of text.split('\n').filter((l) => /uses: /.test(l))) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
		}
	});
});

describe('CODEOWNERS', () => {
	const rules = readFileSync(join(projectRoot, '.github/CODEOWNERS'), 'utf-8')
		.split('\n')
		.filter((line) => line.trim() && !line.startsWith('#'))
		.map((line) => {
			const [pattern, ...owners] = line.trim().split(/\s+/);
			return { pattern: pattern!, owners };
		});
	/** GitHub's rule: the last matching pattern wins (only the patterns this file uses). */
	const ownersOf = (path: string) => rules.filter(({ pattern }) => pattern === '*' || `/${path}`.startsWith(pattern)).at(-1)?.owners ?? [];
	const maintainers = rules.find((r) => r.pattern === '*')?.owners ?? [];

	it('gives everything outside content/ to the maintainers, and lets editors review content', () => {
		expect(maintainers.length).toBeGreaterThan(0);
		for (const path of [
			'package.json',
			'package-lock.json',
			'.github/workflows/deploy.yml',
			'src/lib/sanitize-html.ts',
			'astro.config.mjs',
			'.github/CODEOWNERS',
		]) {
			expect(ownersOf(path), path).toEqual(maintainers);
		}
		expect(ownersOf('content/sessions/2026-05-07-x.md')).toEqual(
			expect.arrayContaining([...maintainers, expect.stringMatching(/editors/)]),
		);
		expect(ownersOf('content/i18n/lo.json')).toEqual(maintainers);
		expect(ownersOf('content/site.yaml')).toEqual(maintainers);
	});
});

describe('deploy.yml', () => {
	const { workflow } = read('deploy.yml');
	it('publishes on push to main and every day, building before it deploys', () => {
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
		expect(workflow.on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: expect.any(String) }] });
		expect(workflow.jobs.build!.permissions).toEqual({ contents: 'read', pages: 'read' });
		expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect((workflow.jobs.deploy as Job & { needs: string }).needs).toBe('build');
		expect(workflow.jobs.build!.steps.at(-1)?.uses).toMatch(/^actions\/upload-pages-artifact@/);
	});
});
