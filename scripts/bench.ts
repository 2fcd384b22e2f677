/**
 * `npm run bench`: builds a synthetic network of N sessions with the full
 * pipeline, and the same Markdown as a stock Starlight site in the same run,
 * and reports speed and size as medians and ratios to that baseline.
 *
 *   npm run bench                  N = 100, 1,000 and 3,000 (slow: tens of minutes)
 *   npm run bench -- --quick       N = 100 only
 *   npm run bench -- --sizes 100,1000 --runs 3 --no-lighthouse
 *
 * Results go to bench/out/results.json and results.md. Timings on a shared
 * machine vary; compare the ratios, which are measured side by side.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cardBytes, cardTimings } from './bench/cards.ts';
import { writeBilingualStock, writeCorpus } from './bench/corpus.ts';
import { lighthouseScores, type Scores } from './bench/lighthouse.ts';
import { firstSearch, firstVisit, oursSearch, stockSearch, type Weight } from './bench/page-weight.ts';
import { runBuild, type BuildMeasure } from './bench/run-build.ts';

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean' },
		sizes: { type: 'string' },
		runs: { type: 'string' },
		'no-lighthouse': { type: 'boolean' },
	},
});
const root = process.cwd();
const sizes = values.quick ? [100] : (values.sizes ?? '100,1000,3000').split(',').map(Number);
const runsFor = (n: number) => Number(values.runs ?? (n <= 100 ? 3 : 1));
const out = join(root, 'bench/out');
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

async function measure(dir: string, command: string[], runs: number, touch: string) {
	const cold: BuildMeasure[] = [];
	for (let i = 0; i < runs; i++) {
		clean(dir);
		cold.push(await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z' }));
	}
	const warm = await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z' });
	const file = join(dir, touch);
	const { readFileSync } = await import('node:fs');
	writeFileSync(file, readFileSync(file, 'utf-8').replace(/\n$/, '\n\nOne more line, changed for the benchmark.\n'));
	const changed = await runBuild(dir, command, { PLH_NOW: '2026-11-22T00:00:00Z' });
	const coldSeconds = median(cold.map((c) => c.seconds));
	const typical = cold.find((c) => c.seconds === coldSeconds)!;
	return { cold: typical, coldSeconds, coldRuns: cold.map((c) => round(c.seconds)), warm, changed, distMB: dirSizeMB(join(dir, 'dist')) };
}

type SizeResult = Awaited<ReturnType<typeof measure>> & { pages: number };
const results: { n: number; ours: SizeResult; stock: SizeResult; bilingual: SizeResult }[] = [];

for (const n of sizes) {
	const oursDir = join(out, `ours-${n}`);
	const stockDir = join(out, `stock-${n}`);
	const bilingualDir = join(out, `stock-bilingual-${n}`);
	writeCorpus(root, oursDir, stockDir, n);
	writeBilingualStock(root, stockDir, bilingualDir);
	prepareOurs(oursDir);
	const firstSession = readdirSync(join(oursDir, 'content/sessions'))[0]!;
	const touched = `src/content/docs/sessions/${firstSession}`;
	console.error(`\n== N = ${n}: building this site (${runsFor(n)} cold runs, then warm)`);
	const ours = await measure(oursDir, ['npm', 'run', 'build'], runsFor(n), `content/sessions/${firstSession}`);
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
const lighthouse: Scores[] = values['no-lighthouse']
	? []
	: await lighthouseScores(oursDist, ['/', '/briefs/brief-1/', `/sessions/${aSession}/`, `/lo/sessions/${aLaoSession}/`, '/search/']).catch(
			(error: Error) => {
				console.error(`Lighthouse did not run: ${error.message}`);
				return [];
			},
		);

const report = {
	date: new Date().toISOString(),
	machine: { cores: (await import('node:os')).availableParallelism(), node: process.version },
	results,
	weights,
	search,
	cards,
	lighthouse,
};
writeFileSync(join(out, 'results.json'), JSON.stringify(report, null, 2));

const kb = (bytes: number) => round(bytes / 1024, 1);
const ratio = (a: number, b: number) => (b ? round(a / b) : 0);
const perPage = (r: SizeResult) => round((r.coldSeconds * 1000) / r.pages, 1);
const brief = weights.find((w) => w.page === 'brief')!.ours;
const flat = results.length > 1 ? ratio(perPage(results.at(-1)!.ours), perPage(results[0]!.ours)) : undefined;
const largest = results.at(-1)!;
const goal = (met: boolean | undefined, text: string) =>
	`| ${met === undefined ? 'not measured' : met ? 'met' : '**not met**'} | ${text} |`;

const lines = [
	`# Benchmark, ${report.date.slice(0, 10)} (${report.machine.cores} cores, Node ${report.machine.node})`,
	'',
	'Baselines, built in the same run from the same Markdown: **stock**, Starlight as it comes, one language; **stock bilingual**, the same with English and Lao configured, so that, like this site, it renders every page in both languages.',
	'',
	'## Goals',
	'',
	'| | goal (at the largest N measured) |',
	'| --- | --- |',
	goal(
		flat === undefined ? undefined : flat <= 1.15,
		`per-page build cost flat as the site grows: ${flat === undefined ? 'needs two sizes' : `${flat}× from N = ${results[0]!.n} to ${largest.n}`}`,
	),
	goal(
		ratio(largest.ours.coldSeconds, largest.bilingual.coldSeconds) <= 1.5,
		`cold build with cards ≤ 1.5× stock: ${ratio(largest.ours.coldSeconds, largest.bilingual.coldSeconds)}× stock bilingual, ${ratio(largest.ours.coldSeconds, largest.stock.coldSeconds)}× stock one-language`,
	),
	goal(
		ratio(largest.ours.warm.seconds, largest.bilingual.warm.seconds) <= 1.1,
		`warm rebuild ≤ 1.1× stock: ${ratio(largest.ours.warm.seconds, largest.bilingual.warm.seconds)}× stock bilingual, ${ratio(largest.ours.warm.seconds, largest.stock.warm.seconds)}× stock one-language`,
	),
	goal(brief.total <= 35 * 1024, `first visit to a brief ≤ 35 kB gzip before images: ${kb(brief.total)} kB`),
	goal(
		Math.max(search.ours.total, search.oursLao.total) <= 120 * 1024,
		`first search ≤ 120 kB gzip: ${kb(search.ours.total)} kB English, ${kb(search.oursLao.total)} kB Lao`,
	),
	'',
	'## Cold builds (no caches; seconds, median of the runs in brackets)',
	'',
	'| N sessions | pages: this / stock / bilingual | this site | stock | stock bilingual | ratio to stock / bilingual | ms per page: this / stock / bilingual |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...results.map(({ n, ours, stock, bilingual }) =>
		[
			n,
			`${ours.pages} / ${stock.pages} / ${bilingual.pages}`,
			`${round(ours.coldSeconds, 1)} (${ours.coldRuns.join(', ')})`,
			`${round(stock.coldSeconds, 1)} (${stock.coldRuns.join(', ')})`,
			`${round(bilingual.coldSeconds, 1)} (${bilingual.coldRuns.join(', ')})`,
			`${ratio(ours.coldSeconds, stock.coldSeconds)}× / ${ratio(ours.coldSeconds, bilingual.coldSeconds)}×`,
			`${perPage(ours)} / ${perPage(stock)} / ${perPage(bilingual)}`,
		]
			.join(' | ')
			.replace(/^/, '| ')
			.replace(/$/, ' |'),
	),
	'',
	'## Rebuilds (seconds): nothing changed, and one session changed',
	'',
	'| N | nothing changed: this / stock / bilingual | ratio to stock / bilingual | one changed: this / stock / bilingual | ratio to stock / bilingual |',
	'| --- | --- | --- | --- | --- |',
	...results.map(
		({ n, ours, stock, bilingual }) =>
			`| ${n} | ${round(ours.warm.seconds, 1)} / ${round(stock.warm.seconds, 1)} / ${round(bilingual.warm.seconds, 1)} | ${ratio(ours.warm.seconds, stock.warm.seconds)}× / ${ratio(ours.warm.seconds, bilingual.warm.seconds)}× | ${round(ours.changed.seconds, 1)} / ${round(stock.changed.seconds, 1)} / ${round(bilingual.changed.seconds, 1)} | ${ratio(ours.changed.seconds, stock.changed.seconds)}× / ${ratio(ours.changed.seconds, bilingual.changed.seconds)}× |`,
	),
	'',
	'## Where a cold build spends its time (seconds, from the build log)',
	'',
	'| N | content loading | bundling | page rendering | share cards | search index | stock bilingual: rendering, search index |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...results.map(
		({ n, ours, bilingual }) =>
			`| ${n} | ${ours.cold.stages.content ?? '–'} | ${round(ours.cold.stages.bundling ?? 0, 1)} | ${ours.cold.stages.rendering ?? '–'} | ${ours.cold.stages.cards ?? '–'} (${ours.cold.cards?.drawn ?? 0} cards) | ${ours.cold.stages.search ?? '–'} | ${bilingual.cold.stages.rendering ?? '–'}, ${bilingual.cold.stages.search ?? '–'} |`,
	),
	'',
	'## Memory and output',
	'',
	'| N | peak memory MB, whole process tree: this / stock / bilingual | dist MB: this / stock / bilingual |',
	'| --- | --- | --- |',
	...results.map(
		({ n, ours, stock, bilingual }) =>
			`| ${n} | ${ours.cold.peakMemoryMB} / ${stock.cold.peakMemoryMB} / ${bilingual.cold.peakMemoryMB} | ${ours.distMB} / ${stock.distMB} / ${bilingual.distMB} |`,
	),
	'',
	`## First visit, gzip kB before images (N = ${n})`,
	'',
	'| page | this site: html / css / js / fonts = total | stock total | ratio |',
	'| --- | --- | --- | --- |',
	...weights.map(
		({ page, ours, stock }) =>
			`| ${page} | ${kb(ours.html)} / ${kb(ours.css)} / ${kb(ours.js)} / ${kb(ours.fonts)} = **${kb(ours.total)}** | ${kb(stock.total)} | ${ratio(ours.total, stock.total)}× |`,
	),
	'',
	'## First search from an open page, gzip kB',
	'',
	`English query: this site **${kb(search.ours.total)}**, stock ${kb(search.stock.total)} (${ratio(search.ours.total, search.stock.total)}×). Lao query: **${kb(search.oursLao.total)}**.`,
	'',
	'## Share cards',
	'',
	`${cards.count} cards at N = ${n}; ${cards.warmMs.toFixed(1)} ms per card in a running process (median), ${cards.coldMs.toFixed(0)} ms in a fresh one (fonts loading); PNG median ${cards.medianKB} kB, largest ${cards.maxKB} kB.`,
	...results.map(({ n, ours }) =>
		ours.cold.cards?.drawn
			? `At N = ${n}: ${ours.cold.cards.drawn} cards in ${ours.cold.stages.cards} s on ${report.machine.cores} worker threads, ${round(((ours.cold.stages.cards ?? 0) * 1000) / ours.cold.cards.drawn, 1)} ms per card.`
			: '',
	),
	'',
	...(lighthouse.length
		? [
				'## Lighthouse (mobile, simulated slow 4G)',
				'',
				'| page | performance | accessibility | best practices | SEO | LCP ms | total kB |',
				'| --- | --- | --- | --- | --- | --- | --- |',
				...lighthouse.map(
					(s) => `| ${s.path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.lcpMs} | ${s.totalKB} |`,
				),
			]
		: []),
];
writeFileSync(join(out, 'results.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
