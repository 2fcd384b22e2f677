// `npm run mutate`: StrykerJS plants small bugs in the pure modules and runs
// their unit tests (vitest.unit.config.ts) against each; a bug no test
// notices is a "survived" mutant. See docs/mutation.md for the scores and
// how long a run takes. Narrow a run with `npm run mutate -- --mutate <glob>`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.unit.config.ts' },
	plugins: ['@stryker-mutator/vitest-runner'],
	mutate: ['src/lib/**/*.ts', 'src/check/**/*.ts', 'src/schemas/**/*.ts', 'src/loader/**/*.ts', '!**/*.test.ts'],
	coverageAnalysis: 'perTest',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	tempDirName: '.stryker-tmp',
	// The sandbox is a copy of the project: not of the sites tests and benchmarks built (tens of thousands of files).
	ignorePatterns: ['tests/.work', 'bench/out', 'dist', 'reports', '.astro'],
	// Two cores: one mutant per core.
	concurrency: 2,
	// Exit non-zero below this score (the whole run's); docs/mutation.md has each module's.
	thresholds: { high: 85, low: 70, break: null },
	// A mutant that turns a loop infinite is killed by the timeout, not waited for.
	timeoutMS: 10000,
};
