/**
 * `npm run suite:cpu -- [vitest arguments]`: runs the tests as `npm test` does (all of them, or the files named) and
 * says where the processor time went: a table by test file and by kind of process (Chromium, site builds, `check` and
 * `new`, npm, the tests' own code). The run is bound by processor time on two cores, so this, not the seconds each
 * file reports, is what shows what to make cheaper (docs/performance.md). Linux only: it reads /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cpuByFile, cpuTable, startedBy } from './suite-cpu/attribute.ts';
import { watchProcesses } from './suite-cpu/processes.ts';

if (!existsSync('/proc/self/stat')) {
	console.error('npm run suite:cpu reads /proc, which only Linux has; run it on a Linux machine.');
	process.exit(2);
}

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'plh-suite-cpu-'));
const workersFile = join(scratch, 'workers.tsv');
const started = performance.now();
const watch = watchProcesses();
const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, PLH_SUITE_CPU_WORKERS: workersFile },
});
const status = await new Promise<number>((resolve) => vitest.on('close', (code) => resolve(code ?? 1)));
const seconds = (performance.now() - started) / 1000;
// Other work on the machine is not the run's; what the run started is, however deep.
const processes = startedBy(watch.stop(), vitest.pid!);

const workers = new Map<number, string[]>();
for (const line of existsSync(workersFile) ? readFileSync(workersFile, 'utf-8').trim().split('\n') : []) {
	const [pid, file] = line.split('\t');
	if (!pid || !file) continue;
	workers.set(Number(pid), [...(workers.get(Number(pid)) ?? []), relative(root, file)]);
}
rmSync(scratch, { recursive: true, force: true });

if (workers.size === 0) {
	console.error(
		`\nnpm run suite:cpu: Vitest ran no test file (it exited with ${status}; its message is above), so there is nothing to count.`,
	);
	process.exit(status === 0 ? 1 : status);
}

const rows = cpuByFile(processes, workers);
const total = rows.reduce((sum, row) => sum + row.total, 0);
console.log(
	`\nProcessor time of the run: ${Math.round(total)} CPU-s in ${Math.round(seconds)} s (a site several files share counts for the file that built it first).\n`,
);
console.log(cpuTable(rows));
process.exit(status);
