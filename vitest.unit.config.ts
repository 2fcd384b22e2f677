// The unit tests of the pure modules alone (no builds, no browser): what
// `npm run mutate` runs for each mutant. The two repository tests below read
// fixtures through the checker in this process, and are the tests of the
// message catalogue and of the one-file check the form runs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/repo/messages.test.ts', 'tests/repo/form-check-parity.test.ts'],
		// A guard against a hang, not a speed check: the catalogue test runs npm run check, which takes
		// seconds on a two-core machine kept busy by other work (and by Stryker's own runners).
		testTimeout: 60_000,
	},
});
