/**
 * `npm run verify`: everything a pull request must pass, in order (content
 * check, lint, type-check, build, tests), stopping at the first failure and
 * naming it in the last line. The validate workflow and `.ci/run` both call
 * this, so they run the same steps.
 *
 *   npm run verify                       all steps
 *   npm run verify -- --only check,lint  some of them
 *   npm run verify -- --base origin/main also say what the change touches
 *
 * Under GitHub Actions it writes a job summary in English and Lao
 * ($GITHUB_STEP_SUMMARY), and compares with the pull request's target branch.
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { changedFiles, classifyChanges } from './verify/changes.ts';
import { selectSteps, type Step } from './verify/steps.ts';
import { renderSummary, type StepResult } from './verify/summary.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, base: { type: 'string' } } });
const { selected, unknown } = selectSteps(values.only);
if (unknown.length > 0 || selected.length === 0) {
	console.error(`verify: --only takes step names from check, lint, typecheck, build, test; found "${values.only}".`);
	process.exit(2);
}

/** Runs one npm script, passing its output through and keeping its standard output. */
function run(step: Step): Promise<{ ok: boolean; stdout: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', step.script], {
			env: { ...process.env, ...step.env },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let stdout = '';
		child.stdout.setEncoding('utf-8');
		child.stdout.on('data', (chunk: string) => {
			stdout += chunk;
			process.stdout.write(chunk);
		});
		child.on('error', () => resolve({ ok: false, stdout }));
		child.on('close', (code) => resolve({ ok: code === 0, stdout }));
	});
}

const started = Date.now();
const results: StepResult[] = selected.map((step) => ({ step, status: 'not run' }));
let contentProblems: string[] = [];
for (const result of results) {
	console.log(`\n== ${result.step.title.en} (npm run ${result.step.script})`);
	const stepStarted = Date.now();
	const { ok, stdout } = await run(result.step);
	result.seconds = (Date.now() - stepStarted) / 1000;
	result.status = ok ? 'passed' : 'failed';
	if (result.step.script === 'check') {
		// GitHub's `::error` annotations mark the files; the summary lists the plain lines.
		contentProblems = stdout.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('::'));
	}
	if (!ok) break;
}

const base = values.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
const changed = base ? changedFiles(base) : undefined;
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
if (summaryFile) {
	appendFileSync(summaryFile, renderSummary({ results, contentProblems, changes: changed && classifyChanges(changed) }));
}
if (changed) {
	const outside = changed.filter((path) => !path.startsWith('content/'));
	console.log(
		outside.length === 0
			? `\nverify: the change touches content only (${changed.length} file${changed.length === 1 ? '' : 's'}).`
			: `\nverify: the change touches ${outside.length} file${outside.length === 1 ? '' : 's'} outside content/ (code, workflows or dependencies); a maintainer must review them.`,
	);
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const failed = results.find((r) => r.status === 'failed');
if (failed) {
	const skipped = results.filter((r) => r.status === 'not run').map((r) => r.step.script);
	const after = skipped.length > 0 ? `; ${skipped.join(', ')} did not run` : '';
	console.error(`\nverify: failed at "${failed.step.title.en}" (npm run ${failed.step.script})${after}.`);
	process.exit(1);
}
console.log(
	`\nverify: ${results.length} step${results.length === 1 ? '' : 's'} passed (${results.map((r) => r.step.script).join(', ')}) in ${minutes} min.`,
);
