/**
 * Gives each test run an id, so sites built for it are built once and shared by the test files that need them.
 * Every project of the run (vitest.config.ts) calls this; the first call names the run.
 */
export default function setup() {
	process.env.PLH_TEST_RUN ??= `${Date.now()}-${process.pid}`;
}
