/**
 * Builds a site the way a network's fork is built: this project's code with
 * a given `content/` folder. Each build gets its own folder under
 * `tests/.work/`, inside the repository so `node_modules` resolves as usual.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageKindsNow } from '../../scripts/browser/page-kinds.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(projectRoot, 'tests/fixtures');
/**
 * Under `npm run mutate`, Stryker runs two test processes in one copy of the project, each
 * given its own STRYKER_MUTATOR_WORKER: a folder each, or one would remove the site the other
 * is reading, and the failure would count as a mutant killed.
 */
const workDir = join(
	projectRoot,
	'tests/.work',
	process.env.STRYKER_MUTATOR_WORKER === undefined ? '' : `mutate-${process.env.STRYKER_MUTATOR_WORKER}`,
);

/** The application: everything a fork keeps when it replaces `content/`. */
const appFiles = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'pages', 'src', 'public', 'scripts'];

export type SiteCopy = { root: string; dist: string };

/**
 * A fresh copy of the application with `content/` from `contentFrom`, then
 * each overlay folder's files laid over it (for fixtures of single mistakes).
 * Interface strings come from the project when the content has none.
 */
export function prepareSite(name: string, contentFrom: string, overlays: string[] = [], { contentOnly = false } = {}): SiteCopy {
	const root = join(workDir, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const file of contentOnly ? [] : appFiles) {
		if (existsSync(join(projectRoot, file))) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	}
	cpSync(join(contentFrom, 'content'), join(root, 'content'), { recursive: true });
	if (!existsSync(join(root, 'content/i18n'))) {
		cpSync(join(projectRoot, 'content/i18n'), join(root, 'content/i18n'), { recursive: true });
	}
	for (const overlay of overlays) cpSync(overlay, root, { recursive: true });
	return { root, dist: join(root, 'dist') };
}

/** The small site's content, copied, with `files` (paths from the site's root) written over it: a checker test's site. */
export function smallSiteWith(name: string, files: Record<string, string | Uint8Array>): SiteCopy {
	const site = prepareSite(name, join(fixturesDir, 'small-site'), [], { contentOnly: true });
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(site.root, file)), { recursive: true });
		writeFileSync(join(site.root, file), text);
	}
	return site;
}

export type Run = Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>;

/** Runs an npm script in the copy, as a person would. */
/**
 * The environment a build would get from a terminal: Vitest puts Vite's own
 * variables into process.env (BASE_URL=/ among them), and a build that
 * inherits them takes BASE_URL over the configured base path.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	return env;
}

/**
 * The copies share one card cache: a card is the same whichever copy asks for
 * it (its key is everything that shapes it), and each copy drawing every card
 * again cost about a minute of the suite. A test of the cache gives its own.
 */
export const sharedCardCache = join(projectRoot, 'node_modules/.cache/peer-learning-hub/cards');

/**
 * The same for PDFs, which only the bundled site's shared build makes (tests/build/pdf.test.ts reads them);
 * every other build skips them unless its test asks, with PLH_PDF=1.
 */
export const sharedPdfCache = join(projectRoot, 'node_modules/.cache/peer-learning-hub/pdfs');

/** What a test's build runs with: the shared caches, no PDFs unless `env` asks, and `env` over all. */
export function testBuildEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...buildEnvironment(),
		ASTRO_TELEMETRY_DISABLED: '1',
		PLH_CARD_CACHE: sharedCardCache,
		PLH_PDF: '0',
		PLH_PDF_CACHE: sharedPdfCache,
		...env,
	};
}

export function runScript(site: SiteCopy, script: string, env: Record<string, string> = {}): Run {
	const result = spawnSync('npm', ['run', '--silent', script], {
		cwd: site.root,
		encoding: 'utf-8',
		env: testBuildEnvironment(env),
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run build`, failing the test with the build's own output when it fails. */
export function buildSite(site: SiteCopy, env: Record<string, string> = {}): Run {
	const run = runScript(site, 'build', env);
	if (run.status !== 0) throw new Error(`Build of ${site.root} failed:\n${run.stdout}\n${run.stderr}`);
	return run;
}

/** Every test builds with the same "now" as the screenshots, so upcoming sessions stay upcoming whatever the date. */
export const testNow = pageKindsNow;

/**
 * The sites tests share. overlaid-site is the small site with three sets of fixtures laid over it: the search
 * fixtures (toolkit pages of word forms and Lao spellings), the plans fixtures (a plan, a session with commitments)
 * and the calendar fixtures (a postponed, a cancelled and an upcoming session): one build for all three, whose tests
 * count what they share by hand (calendars.test.ts counts the plans fixture's session among the presenter's).
 * review-site has the year-in-review and numbers fixtures.
 */
const sharedSources = {
	'small-site': () => prepareSite('small-site', join(fixturesDir, 'small-site')),
	'bundled-site': () => prepareSite('bundled-site', projectRoot),
	'overlaid-site': () =>
		prepareSite('overlaid-site', join(fixturesDir, 'small-site'), [
			join(fixturesDir, 'search-overlay'),
			join(fixturesDir, 'plans-overlay'),
			join(fixturesDir, 'calendar-overlay'),
		]),
	// A site of its own, not the small site with an overlay: the figures its tests count by hand cover every session.
	'review-site': () => prepareSite('review-site', join(fixturesDir, 'review-site')),
};

/**
 * A site built once per test run and shared: the first test file to ask
 * builds it while holding a lock; the others wait for it.
 */
export async function sharedSite(name: keyof typeof sharedSources): Promise<SiteCopy> {
	const run = process.env.PLH_TEST_RUN ?? 'single';
	const root = join(workDir, name);
	const marker = join(workDir, `${name}.built-${run}`);
	const lock = join(workDir, `${name}.lock-${run}`);
	const site = { root, dist: join(root, 'dist') };
	if (existsSync(marker)) return site;
	mkdirSync(workDir, { recursive: true });
	let owner = false;
	try {
		mkdirSync(lock);
		owner = true;
	} catch {
		// Another test file is building it.
	}
	if (owner) {
		try {
			const copy = sharedSources[name]();
			buildSite(copy, { PLH_NOW: testNow, PLH_VALIDATE_LINKS: '1', PLH_PDF: name === 'bundled-site' ? '1' : '0' });
			writeFileSync(marker, '');
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
		return site;
	}
	// The bound is for a build that died; on a loaded two-core machine a live one can take many minutes.
	for (const started = Date.now(); !existsSync(marker);) {
		if (Date.now() - started > 900_000 || !existsSync(lock)) {
			if (existsSync(marker)) break;
			throw new Error(`The shared ${name} build did not finish`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return site;
}
