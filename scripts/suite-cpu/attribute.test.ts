import { describe, expect, it } from 'vitest';
import { cpuByFile, cpuTable, kindOf, startedBy, unattributed, type SeenProcess } from './attribute.ts';

/** Vitest (1) with two workers: 10 runs quality.test.ts, 20 ran three module files. */
const processes: SeenProcess[] = [
	{ pid: 1, ppid: 0, command: 'node node_modules/.bin/vitest run', cpuSeconds: 4 },
	{ pid: 10, ppid: 1, command: 'node node_modules/vitest/dist/workers/forks.js', cpuSeconds: 3 },
	{ pid: 11, ppid: 10, command: '/usr/lib/chromium/chromium-headless-shell --headless --no-sandbox', cpuSeconds: 2 },
	{ pid: 12, ppid: 11, command: '/proc/self/exe --type=zygote --no-sandbox', cpuSeconds: 0.5 },
	{ pid: 13, ppid: 12, command: '/proc/self/exe --type=renderer --lang=en-US', cpuSeconds: 6 },
	{ pid: 14, ppid: 10, command: 'npm run --silent build', cpuSeconds: 0.4 },
	{ pid: 15, ppid: 14, command: 'sh -c node scripts/check.ts && astro build', cpuSeconds: 0 },
	{ pid: 16, ppid: 15, command: 'node scripts/check.ts', cpuSeconds: 0.8 },
	{ pid: 17, ppid: 15, command: 'node /work/main/node_modules/.bin/astro build', cpuSeconds: 12 },
	{ pid: 18, ppid: 17, command: 'node_modules/pagefind/bin/pagefind_extended --service', cpuSeconds: 0.3 },
	{ pid: 20, ppid: 1, command: 'node node_modules/vitest/dist/workers/forks.js', cpuSeconds: 5 },
	{ pid: 30, ppid: 0, command: '/process_api --firecracker-init', cpuSeconds: 2 },
];
const workers = new Map([
	[10, ['tests/browser/quality.test.ts']],
	[20, ['src/lib/a.test.ts', 'src/lib/b.test.ts', 'src/lib/c.test.ts']],
]);

describe('the processor time of a test run', () => {
	it('counts each process for the test file whose worker started it, however deep, by what it was', () => {
		const rows = cpuByFile(processes, workers);
		expect(rows.map((r) => [r.file, Math.round(r.total * 10) / 10])).toEqual([
			['tests/browser/quality.test.ts', 25],
			[unattributed, 6],
			['3 files in one worker', 5],
		]);
		expect(rows[0]!.byKind).toEqual({ Chromium: 8.5, 'astro build': 12, 'check and new': 0.8, npm: 0.4, 'test code': 3, other: 0.3 });
		expect(rows.find((r) => r.file === unattributed)?.byKind).toMatchObject({ 'test code': 4, other: 2 });
		expect(rows.find((r) => r.file === '3 files in one worker')?.byKind['test code']).toBe(5);
	});

	it('gives a line to a file whose worker was never seen, as one that ends between two readings is not', () => {
		const rows = cpuByFile(processes, new Map([...workers, [40, ['tests/repo/workflows.test.ts']]]));
		expect(rows.at(-1)).toEqual({
			file: 'tests/repo/workflows.test.ts',
			total: 0,
			byKind: { Chromium: 0, 'astro build': 0, 'check and new': 0, npm: 0, 'test code': 0, other: 0 },
		});
	});

	it('keeps the processes the run started, not the rest of the machine', () => {
		expect(startedBy(processes, 1).map((p) => p.pid)).toEqual([1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20]);
		expect(startedBy(processes, 14).map((p) => p.pid)).toEqual([14, 15, 16, 17, 18]);
	});

	it('ends at a process whose parents loop or were never seen', () => {
		const looped: SeenProcess[] = [
			{ pid: 5, ppid: 6, command: 'a', cpuSeconds: 1 },
			{ pid: 6, ppid: 5, command: 'b', cpuSeconds: 1 },
			{ pid: 7, ppid: 99, command: 'c', cpuSeconds: 1 },
		];
		expect(cpuByFile(looped, new Map())).toEqual([
			{ file: unattributed, total: 3, byKind: { Chromium: 0, 'astro build': 0, 'check and new': 0, npm: 0, 'test code': 0, other: 3 } },
		]);
	});

	it('tells Chromium, builds, the CLI tools and npm apart by their command lines', () => {
		expect(kindOf('/usr/bin/chromium --headless', false)).toBe('Chromium');
		expect(kindOf('/proc/self/exe --type=gpu-process', false)).toBe('Chromium');
		expect(kindOf('node /x/node_modules/astro/bin/astro.mjs build', false)).toBe('astro build');
		expect(kindOf('node /x/node_modules/astro/bin/astro.mjs sync', false)).toBe('other');
		expect(kindOf('node scripts/new.ts session --yes', false)).toBe('check and new');
		expect(kindOf('node /usr/lib/node_modules/npm/bin/npm-cli.js run build', false)).toBe('npm');
		expect(kindOf('node scripts/new.ts', true)).toBe('test code');
		expect(kindOf('node /x/node_modules/vitest/vitest.mjs run', false)).toBe('test code');
	});

	it('writes a table with a line for the whole run', () => {
		expect(cpuTable(cpuByFile(processes, workers)).split('\n')).toEqual([
			'| test file | CPU-s | Chromium | astro build | check and new | npm | test code | other |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			'| tests/browser/quality.test.ts | 25.0 | 8.5 | 12.0 | 0.8 | 0.4 | 3.0 | 0.3 |',
			'| (no test file) | 6.0 | 0.0 | 0.0 | 0.0 | 0.0 | 4.0 | 2.0 |',
			'| 3 files in one worker | 5.0 | 0.0 | 0.0 | 0.0 | 0.0 | 5.0 | 0.0 |',
			'| the whole run | 36.0 | 8.5 | 12.0 | 0.8 | 0.4 | 12.0 | 2.3 |',
		]);
	});
});
