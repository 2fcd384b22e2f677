import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Every Node process of a test run (Vitest's workers, builds, `npm run check` and `npm run new` in the copies, npm
// itself) keeps V8's compiled code of the modules it loads and reuses what another process kept: the same modules
// load a hundred times in a run. It cut the run's CPU by about 20 s of 800 (docs/performance.md); the code run is the same.
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('node_modules/.cache/node-compile-cache', import.meta.url));

/** Under `npm run suite:cpu`, each test file says which process runs it (scripts/suite-cpu.ts). */
const setupFiles = process.env.PLH_SUITE_CPU_WORKERS ? ['scripts/suite-cpu/name-worker.ts'] : [];

export default defineConfig({
	test: {
		exclude: ['tests/.work/**', 'node_modules/**'],
		globalSetup: ['tests/support/global-setup.ts'],
		// Two test files at a time even on two cores (Vitest's default there is one): most of a file's
		// time is a site build or a browser in another process, so a second file fills the idle core.
		maxWorkers: 2,
		// Browser scenarios marked concurrent (the accessibility checks) run three pages at a time.
		maxConcurrency: 3,
		// A guard against a hang, never a speed check: a build, or lint over the whole project on a clean
		// copy, takes minutes on a 2-core machine kept busy by other work (lint took 144 s there).
		testTimeout: 600_000,
		// A file's setup may build a site, or wait for another file building the shared one.
		hookTimeout: 900_000,
		// expect.poll waits for a condition; its bound only matters on a loaded machine, where 1 s is too short.
		expect: { poll: { timeout: 30_000 } },
		projects: [
			{
				// The pure modules' tests share one process per worker: a process of its own for each of their files cost
				// more than the tests themselves (docs/performance.md). None of them changes what another reads.
				test: { name: 'modules', setupFiles, include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], isolate: false },
			},
			{
				// Builds, browsers and the repository: each file in a process of its own, as it sets up sites and servers.
				test: { name: 'site', setupFiles, include: ['tests/**/*.test.ts'] },
			},
		],
	},
});
