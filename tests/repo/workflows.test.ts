/**
 * The GitHub workflows, parsed: the triggers, the least permissions each job
 * needs, every action pinned by commit, no credentials left behind, no secrets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
		const runs = workflow.jobs.validate!.steps.map((s) => s.run).filter(Boolean);
		expect(runs).toEqual([
			'npm install --no-audit --no-fund',
			'npm run check',
			'npm run lint',
			'npm run typecheck',
			'npm run build',
			'npm test',
		]);
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
