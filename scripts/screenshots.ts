/**
 * `npm run screenshots`: builds the bundled site with a fixed clock, takes a
 * full-page screenshot of every page kind (scripts/browser/page-kinds.ts) at
 * 390 × 844 and 1366 × 900, in English and Lao, light and dark, and compares
 * each with its baseline in tests/screenshots/. The report, with differences
 * side by side, is reports/screenshots/index.html.
 *
 *   npm run screenshots                  build, shoot, compare; fails on any difference
 *   npm run screenshots -- --update      the same, then the current shots become the baselines
 *   npm run screenshots -- --no-build    reuse the site the last run built
 *   npm run screenshots -- --only brief  only the page kinds whose name contains "brief"
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pageKinds, pageKindsNow } from './browser/page-kinds.ts';
import { openSite } from './browser/site-in-browser.ts';
import { compareShots, storedShot } from './screenshots/compare.ts';
import { reportHtml, summary, type ShotResult } from './screenshots/report.ts';
import { plannedShots, takeShot, type Shot } from './screenshots/shoot.ts';

const { values } = parseArgs({ options: { update: { type: 'boolean' }, 'no-build': { type: 'boolean' }, only: { type: 'string' } } });

const root = join(import.meta.dirname, '..');
const out = join(root, 'reports/screenshots');
const site = join(out, 'site');
const currentDir = join(out, 'current');
const diffDir = join(out, 'diff');
const baselineDir = join(root, 'tests/screenshots');

if (!values['no-build'] || !existsSync(site)) {
	console.error(`Building the bundled site into ${relative(root, site)} (clock fixed at ${pageKindsNow})…`);
	mkdirSync(out, { recursive: true });
	const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', site], {
		cwd: root,
		encoding: 'utf-8',
		env: { ...process.env, PLH_NOW: pageKindsNow, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	writeFileSync(join(out, 'build.log'), `${build.stdout}\n${build.stderr}`);
	if (build.status !== 0) {
		console.error(
			`The build failed; its output is in ${relative(root, join(out, 'build.log'))}:\n${build.stderr.split('\n').slice(-15).join('\n')}`,
		);
		process.exit(1);
	}
}

const kinds = values.only ? pageKinds.filter((kind) => kind.name.includes(values.only!)) : pageKinds;
if (!kinds.length) {
	console.error(`No page kind's name contains "${values.only}"; the kinds are: ${pageKinds.map((k) => k.name).join(', ')}`);
	process.exit(1);
}
const shots = plannedShots(kinds);
for (const dir of [currentDir, diffDir]) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
}

const web = await openSite(site);
const results: ShotResult[] = [];
const file = (name: string) => `${name}.webp`;
const diffFile = (name: string) => `${name}.png`;
// Three pages at a time keep two cores busy: each waits on its own requests part of the time.
const queue = [...shots];
async function worker() {
	for (let shot: Shot | undefined; (shot = queue.shift());) {
		const image = await storedShot(await takeShot(web, shot, pageKindsNow));
		writeFileSync(join(currentDir, file(shot.name)), image);
		const baselineFile = join(baselineDir, file(shot.name));
		const verdict = await compareShots(existsSync(baselineFile) ? readFileSync(baselineFile) : undefined, image);
		if (verdict.status === 'different') writeFileSync(join(diffDir, diffFile(shot.name)), verdict.diff);
		results.push({ name: shot.name, verdict });
		process.stderr.write(verdict.status === 'same' ? '.' : '!');
	}
}
try {
	await Promise.all([worker(), worker(), worker()]);
} finally {
	await web.close();
	process.stderr.write('\n');
}

results.sort((a, b) => a.name.localeCompare(b.name));
const reportFile = join(out, 'index.html');
writeFileSync(
	reportFile,
	reportHtml(results, {
		baseline: (name) => relative(out, join(baselineDir, file(name))),
		current: (name) => relative(out, join(currentDir, file(name))),
		diff: (name) => relative(out, join(diffDir, diffFile(name))),
	}),
);

if (values.update) {
	mkdirSync(baselineDir, { recursive: true });
	for (const { name } of results) copyFileSync(join(currentDir, file(name)), join(baselineDir, file(name)));
	// A whole run also drops the baselines of shots that no longer exist (a page kind renamed or removed).
	const planned = new Set(shots.map((shot) => file(shot.name)));
	const stale = values.only ? [] : readdirSync(baselineDir).filter((name) => name.endsWith('.webp') && !planned.has(name));
	for (const name of stale) rmSync(join(baselineDir, name));
	console.log(
		`${results.length} baselines written to ${relative(root, baselineDir)}${stale.length ? `, ${stale.length} old ones removed` : ''}.`,
	);
	process.exit(0);
}

const failing = results.some((r) => r.verdict.status !== 'same');
console.log(`${summary(results)}. Report: ${relative(root, reportFile)}`);
process.exit(failing ? 1 : 0);
