// The unit tests of the pure modules alone (no builds, no browser): what
// `npm run mutate` runs for each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
	},
});
