/**
 * `npm run verify` as a pull request meets it: a content mistake stops it at
 * the first step, its last line names that step, and the job summary lists
 * the checker's line in English and Lao.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildEnvironment, fixturesDir, prepareSite } from '../support/site-build.ts';

function verify(root: string, args: string[], env: Record<string, string> = {}) {
	return spawnSync('npm', ['run', '--silent', 'verify', '--', ...args], {
		cwd: root,
		encoding: 'utf-8',
		env: { ...buildEnvironment(), ...env },
	});
}

it('stops at the content check, names it in its last line and writes the problem into the job summary', () => {
	const site = prepareSite('verify-content-mistake', join(fixturesDir, 'small-site'), [join(fixturesDir, 'mistakes', 'unknown-enum')]);
	const summary = join(mkdtempSync(join(tmpdir(), 'plh-summary-')), 'summary.md');
	const run = verify(site.root, ['--only', 'check,lint'], { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' });
	expect(run.status).toBe(1);
	expect(run.stderr.trim().split('\n').at(-1)).toBe('verify: failed at "Check the content" (npm run check); lint did not run.');
	const text = readFileSync(summary, 'utf-8');
	expect(text).toContain('## ❌ Failed at: Check the content · ບໍ່ຜ່ານທີ່: ກວດເນື້ອຫາ');
	expect(text).toContain('content/sessions/2026-05-07-zoom.md:6: format: found "zoom"; expected one of online, in-person, hybrid\n');
	expect(text).not.toContain('::error');
	expect(text).toContain('ບໍ່ໄດ້ແລ່ນ');
});

it('refuses a step it does not know, in one line', () => {
	const site = prepareSite('verify-unknown-step', join(fixturesDir, 'small-site'));
	const run = verify(site.root, ['--only', 'tests']);
	expect(run.status).toBe(2);
	expect(run.stderr.trim()).toBe('verify: --only takes step names from check, lint, typecheck, build, test; found "tests".');
});
