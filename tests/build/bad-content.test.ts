/**
 * `npm run build` on bad content stops before Astro runs: non-zero exit, one
 * line per problem, and no `dist/` at all, so nothing half-built can be published.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixturesDir, prepareSite, runScript } from '../support/site-build.ts';

it('stops npm run build with one line per problem and writes nothing to dist/', () => {
	const mistakes = ['bad-date', 'unknown-enum', 'missing-section'].map((m) => join(fixturesDir, 'mistakes', m));
	const site = prepareSite('bad-content-build', join(fixturesDir, 'small-site'), mistakes);
	const run = runScript(site, 'build');
	expect(run.status).not.toBe(0);
	const problemLines = run.stdout.trim().split('\n');
	expect(problemLines).toEqual([
		expect.stringMatching(/^content\/briefs\/incomplete-brief\.md:11: body: found no "Next steps" section;/),
		expect.stringMatching(/^content\/briefs\/incomplete-brief\.md:28: body: found an empty "Adaptation and applicability" section;/),
		expect.stringMatching(/^content\/sessions\/2026-05-07-bad-date\.md:4: date: found "7 May 2026, 10am";/),
		expect.stringMatching(/^content\/sessions\/2026-05-07-zoom\.md:6: format: found "zoom";/),
	]);
	expect(run.stderr).toContain('4 problems in the content. Nothing was built.');
	expect(run.stdout + run.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
	expect(existsSync(site.dist)).toBe(false);
});

it('annotates each problem for GitHub when run in GitHub Actions', () => {
	const site = prepareSite('bad-content-annotations', join(fixturesDir, 'small-site'), [join(fixturesDir, 'mistakes', 'unknown-enum')]);
	const run = runScript(site, 'check', { GITHUB_ACTIONS: 'true' });
	expect(run.status).toBe(1);
	expect(run.stdout.trim().split('\n')).toEqual([
		expect.stringMatching(/^content\/sessions\/2026-05-07-zoom\.md:6: format: found "zoom"; expected one of online, in-person, hybrid$/),
		'::error file=content/sessions/2026-05-07-zoom.md,line=6,title=format::found "zoom"; expected one of online, in-person, hybrid',
	]);
	expect(run.stderr).toContain('Fix it and run npm run check again.');
});

it('prints no stack trace for any mistake fixture, all laid over one site', () => {
	const mistakes = readdirSync(join(fixturesDir, 'mistakes')).map((m) => join(fixturesDir, 'mistakes', m));
	const site = prepareSite('bad-content-all-mistakes', join(fixturesDir, 'small-site'), mistakes);
	const run = runScript(site, 'check');
	expect(run.status).toBe(1);
	const output = run.stdout + run.stderr;
	expect(output).not.toMatch(/^\s+at |\b(Reference|Type|Range|Syntax)?Error\b|node:internal/m);
	for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^content\/[^:]+:\d+: [^;]+; expected .+$/);
});
