/**
 * Lint and type-check on a clean clone, right after the install and with no
 * build before them, as the validate workflow runs them: type-aware ESLint
 * needs Astro's generated types, which only `astro sync` (or a build) makes.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cleanCopy } from '../support/clean-copy.ts';
import { runScript, type SiteCopy } from '../support/site-build.ts';

let clone: SiteCopy;
beforeAll(() => {
	clone = cleanCopy('clean-clone-lint');
});

it('starts without Astro’s generated types or a build', () => {
	expect(existsSync(join(clone.root, '.astro'))).toBe(false);
	expect(existsSync(clone.dist)).toBe(false);
});

it('passes npm run lint with no build before it', () => {
	const run = runScript(clone, 'lint');
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
});

it('passes npm run typecheck with no build before it', () => {
	rmSync(join(clone.root, '.astro'), { recursive: true, force: true });
	const run = runScript(clone, 'typecheck');
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
	expect(run.stdout).toMatch(/0 errors/);
});
