/**
 * `npm run bench`: builds a synthetic network of N sessions with the full
 * pipeline, and the same Markdown as a stock Starlight site in the same run,
 * and reports speed and size as medians and ratios to that baseline.
 *
 *   npm run bench                  N = 100, 1,000 and 3,000 (slow: tens of minutes)
 *   npm run bench -- --quick       N = 100 only
 *   npm run bench -- --sizes 100,1000 --runs 3 --no-lighthouse
 *   npm run bench -- --report      write results.md again from results.json
 *   npm run bench -- --profile 1000  a CPU profile of one cold build at N = 1,000, summarised
 *   npm run bench -- --relevance   only the search relevance figures, on the bundled site
 *   npm run bench -- --search-index bench/out/ours-1000/dist   the search index of a built site: one page and
 *                                  one language at a time, pages in flight, and languages side by side as the
 *                                  build does (--runs rounds, 3 by default)
 *
 * Results go to bench/out/results.json and results.md. Timings on a shared
 * machine vary; compare the ratios, which are measured side by side.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cardBytes, cardTimings } from './bench/cards.ts';
import { writeBilingualStock, writeCorpus } from './bench/corpus.ts';
import { lighthouseScores, type Scores } from './bench/lighthouse.ts';
import { precacheSizes } from './bench/offline.ts';
import { firstSearch, firstVisit, oursSearch, stockSearch, type Weight } from './bench/page-weight.ts';
import { pdfMeasures } from './bench/pdfs.ts';
import { profileReport } from './bench/profile.ts';
import { measureRelevance, misses, readRelevanceSet } from './bench/relevance.ts';
import { writeReport, type Report, type SiteMeasure } from './bench/report.ts';
import { siteLangs } from '../src/i18n/locales.ts';
import { runBuild, type BuildMeasure } from './bench/run-build.ts';
import { searchIndexTimings } from './bench/search-index.ts';
import { openSite } from './browser/site-in-browser.ts';

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean' },
		sizes: { type: 'string' },
		runs: { type: 'string' },
		'no-lighthouse': { type: 'boolean' },
		report: { type: 'boolean' },
		profile: { type: 'string' },
		relevance: { type: 'boolean' },
		'search-index': { type: 'string' },
	},
});
const root = process.cwd();
const out = join(root, 'bench/out');
if (values.report) {
	// Only write results.md again from the last run's results.json, as after a change to the report.
	writeReport(out, JSON.parse(readFileSync(join(out, 'results.json'), 'utf-8')) as Report);
	process.exit(0);
}
const sizes = values.quick ? [100] : (values.sizes ?? '100,1000,3000').split(',').map(Number);
const runsFor = (n: number) => Number(values.runs ?? (n <= 100 ? 3 : 1));
mkdirSync(out, { recursive: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const dirSizeMB = (dir: string) =>
	round(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.reduce((a, d) => a + statSync(join(d.parentPath, d.name)).size, 0) / 1048576,
		1,
	);

/** A copy of the application beside the synthetic content, as a fork would have it. */
function prepareOurs(dir: string) {
	for (const file of ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'pages', 'src', 'public', 'scripts']) {
		cpSync(join(root, file), join(dir, file), { recursive: true });
	}
}

const clean = (dir: string) => {
	for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.cache', '.astro'])
		rmSync(join(dir, cache), { recursive: true, force: true });
};

// PDFs are measured once, on the bundled site's build below: on the synthetic corpus they would add the same cost per brief to every size.
const noPdfs = { PLH_PDF: '0' };

async function measure(dir: string, command: string[], runs: number, touch: string, cards = false): Promise<Omit<SiteMeasure, 'pages'>> {
	// Cards are drawn while pages render, so the build log cannot say what they cost: a cold build without them can.
	let withoutCards: BuildMeasure | undefined;
	if (cards) {
		clean(dir);
		withoutCards = await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z', PLH_SKIP_CARDS: '1', ...noPdfs });
	}
	const cold: BuildMeasure[] = [];
	for (let i = 0; i < runs; i++) {
		clean(dir);
		cold.push(await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z', ...noPdfs }));
	}
	const warm = await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z', ...noPdfs });
	const file = join(dir, touch);
	writeFileSync(file, readFileSync(file, 'utf-8').replace(/\n$/, '\n\nOne more line, changed for the benchmark.\n'));
	const changed = await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z', ...noPdfs });
	const coldSeconds = median(cold.map((c) => c.seconds));
	const typical = cold.find((c) => c.seconds === coldSeconds)!;
	return {
		cold: typical,
		coldSeconds,
		coldRuns: cold.map((c) => round(c.seconds)),
		...(withoutCards ? { withoutCards } : {}),
		warm,
		changed,
		distMB: dirSizeMB(join(dir, 'dist')),
	};
}

if (values.profile) {
	// One cold build with cards, every thread profiled; the summary says where the time goes.
	const n = Number(values.profile);
	const dir = join(out, `profile-${n}`);
	writeCorpus(root, dir, join(out, `profile-stock-${n}`), n);
	prepareOurs(dir);
	const profiles = join(out, `profile-${n}-cpu`);
	rmSync(profiles, { recursive: true, force: true });
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	// Without PDFs, as the timed builds: the profile explains their figures.
	const build = await runBuild(dir, [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profiles}`, astro, 'build'], {
		PLH_NOW: '2026-11-22T00:00:00Z',
		...noPdfs,
	});
	const title = `CPU profile of a cold build at N = ${n}: ${build.pages} pages in ${round(build.seconds, 1)} s (${(await import('node:os')).availableParallelism()} cores, Node ${process.version})`;
	writeFileSync(join(out, `profile-${n}.md`), profileReport(profiles, title));
	console.error(`Profile summary: ${join(out, `profile-${n}.md`)}; raw profiles (open in Chrome DevTools): ${profiles}`);
	process.exit(0);
}

/** The relevance set is about the bundled content, so it is searched on a build of it, not on the synthetic corpus. */
async function relevanceOfBundledSite(): Promise<Report['relevance']> {
	const dir = join(out, 'bundled');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	prepareOurs(dir);
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	console.error('\n== Relevance: building the bundled site and searching it');
	await runBuild(dir, ['npm', 'run', 'build'], { PLH_NOW: '2026-11-22T00:00:00Z' });
	const set = readRelevanceSet();
	const site = await openSite(join(dir, 'dist'));
	try {
		const en = await measureRelevance(site, 'en', set.en);
		const lo = await measureRelevance(site, 'lo', set.lo);
		return { en: en.scores, lo: lo.scores, misses: misses([...en.outcomes, ...lo.outcomes]) };
	} finally {
		await site.close();
	}
}

if (values['search-index']) {
	// The index of a site already built (such as bench/out/ours-1000/dist): the build's way against the ways before it.
	const timings = await searchIndexTimings(values['search-index'], root, Number(values.runs ?? 3));
	const {
		oneAtATime,
		inFlight,
		languagesSideBySide: sideBySide,
	} = Object.fromEntries(Object.entries(timings.ms).map(([way, ms]) => [way, median(ms)])) as Record<keyof typeof timings.ms, number>;
	console.log(
		`${timings.pages} pages indexed (medians of ${timings.ms.oneAtATime.length}): one page and one language at a time ${oneAtATime} ms; pages in flight, one language at a time ${inFlight} ms (${round(inFlight / oneAtATime)}×); pages in flight, languages side by side ${sideBySide} ms (${round(sideBySide / oneAtATime)}×); the same index every way: ${timings.sameIndex}`,
	);
	process.exit(timings.sameIndex ? 0 : 1);
}

if (values.relevance) {
	const relevance = (await relevanceOfBundledSite())!;
	for (const lang of siteLangs) console.log(`${lang}: ${JSON.stringify(relevance[lang])}`);
	for (const miss of relevance.misses) console.log(`- ${miss}`);
	process.exit(0);
}

const results: Report['results'] = [];

for (const n of sizes) {
	const oursDir = join(out, `ours-${n}`);
	const stockDir = join(out, `stock-${n}`);
	const bilingualDir = join(out, `stock-bilingual-${n}`);
	writeCorpus(root, oursDir, stockDir, n);
	writeBilingualStock(root, stockDir, bilingualDir);
	prepareOurs(oursDir);
	const firstSession = readdirSync(join(oursDir, 'content/sessions'))[0]!;
	const touched = `src/content/docs/sessions/${firstSession}`;
	console.error(`\n== N = ${n}: building this site (once without cards, ${runsFor(n)} cold runs, then warm)`);
	const ours = await measure(oursDir, ['npm', 'run', 'build'], runsFor(n), `content/sessions/${firstSession}`, true);
	console.error(`== N = ${n}: building stock Starlight, one language`);
	const stock = await measure(stockDir, ['npx', 'astro', 'build'], runsFor(n), touched);
	console.error(`== N = ${n}: building stock Starlight, English and Lao`);
	const bilingual = await measure(bilingualDir, ['npx', 'astro', 'build'], runsFor(n), touched);
	results.push({
		n,
		ours: { ...ours, pages: ours.cold.pages },
		stock: { ...stock, pages: stock.cold.pages },
		bilingual: { ...bilingual, pages: bilingual.cold.pages },
	});
}

// Page weight, search bytes, cards and Lighthouse, on the smallest size (the same pages exist at every size).
const n = sizes[0]!;
const oursDist = join(out, `ours-${n}/dist`);
const stockDist = join(out, `stock-${n}/dist`);
const aSession = readdirSync(join(oursDist, 'sessions')).find(
	(d) => /^\d/.test(d) && existsSync(join(oursDist, 'sessions', d, 'index.html')),
)!;
const aLaoSession = readdirSync(join(oursDist, 'lo/sessions')).find((d) => /lao|^\d/.test(d))!;
const pagesToWeigh: [string, string, string][] = [
	['home', '/', '/'],
	['brief', '/briefs/brief-1/', '/briefs/brief-1/'],
	['session', `/sessions/${aSession}/`, `/sessions/${aSession}/`],
	['Lao page', `/lo/sessions/${aLaoSession}/`, `/sessions/${aSession}/`],
	['search page', '/search/', '/'],
];
const weights: { page: string; ours: Weight; stock: Weight }[] = [];
for (const [page, oursPath, stockPath] of pagesToWeigh) {
	weights.push({ page, ours: await firstVisit(oursDist, oursPath), stock: await firstVisit(stockDist, stockPath) });
}
const search = {
	ours: await firstSearch(oursDist, `/sessions/${aSession}/`, oursSearch('learning')),
	oursLao: await firstSearch(oursDist, `/lo/sessions/${aLaoSession}/`, oursSearch('ການ')),
	stock: await firstSearch(stockDist, `/sessions/${aSession}/`, stockSearch('learning')),
};
const cards = { ...(await cardTimings(root)), ...cardBytes(oursDist) };
const offline = precacheSizes(oursDist);
const relevance = await relevanceOfBundledSite();
// That build was cold (its folder is new), so it printed every PDF.
const pdfs = pdfMeasures(join(out, 'bundled'));
const lighthouse: Scores[] = values['no-lighthouse']
	? []
	: await lighthouseScores(oursDist, ['/', '/briefs/brief-1/', `/sessions/${aSession}/`, `/lo/sessions/${aLaoSession}/`, '/search/']).catch(
			(error: Error) => {
				console.error(`Lighthouse did not run: ${error.message}`);
				return [];
			},
		);

const report: Report = {
	date: new Date().toISOString(),
	machine: { cores: (await import('node:os')).availableParallelism(), node: process.version },
	results,
	weights,
	search,
	relevance,
	cards,
	offline,
	...(pdfs ? { pdfs } : {}),
	lighthouse,
};

writeReport(out, report);
