/**
 * The benchmark's report: results.json as measured, and results.md, the
 * tables and the goals of issue #6 checked against them. Ratios compare
 * builds made in the same run, the only comparison a shared machine allows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scores } from './lighthouse.ts';
import type { PrecacheMeasure } from './offline.ts';
import type { Weight } from './page-weight.ts';
import type { PdfMeasure } from './pdfs.ts';
import type { Scores as RelevanceScores } from './relevance.ts';
import type { BuildMeasure } from './run-build.ts';
import { siteLangs } from '../../src/i18n/locales.ts';

/** One site built at one size: its median cold build, a rebuild with nothing changed, one with a session changed. */
export type SiteMeasure = {
	cold: BuildMeasure;
	coldSeconds: number;
	coldRuns: number[];
	/** This site only: a cold build with PLH_SKIP_CARDS=1, to tell what drawing the cards adds. */
	withoutCards?: BuildMeasure;
	warm: BuildMeasure;
	changed: BuildMeasure;
	distMB: number;
	pages: number;
};

export type Report = {
	date: string;
	machine: { cores: number; node: string };
	results: { n: number; ours: SiteMeasure; stock: SiteMeasure; bilingual: SiteMeasure }[];
	weights: { page: string; ours: Weight; stock: Weight }[];
	search: { ours: Weight; oursLao: Weight; stock: Weight };
	/** The relevance set searched on the bundled site, per language; absent in reports from before it existed. */
	relevance?: { en: RelevanceScores; lo: RelevanceScores; misses: string[] };
	cards: { warmMs: number; coldMs: number; count: number; medianKB: number; maxKB: number };
	/** Each language's service worker precache; absent in reports from before offline reading. */
	offline?: PrecacheMeasure[];
	/** The bundled site's PDFs, from its cold build; absent in reports from before PDFs existed. */
	pdfs?: PdfMeasure;
	lighthouse: Scores[];
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);
const ratio = (a: number, b: number) => (b ? round(a / b) : 0);
const perPage = (r: SiteMeasure) => round((r.coldSeconds * 1000) / r.pages, 1);
const seconds = (value: number | undefined) => (value === undefined ? '–' : String(round(value, 1)));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const status = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');
const goal = (met: boolean | undefined, text: string) => row([status(met), text]);
/** A build-time goal, against both baselines: this site builds every page in two languages, stock Starlight in one. */
const againstBoth = (text: string, limit: number, ours: number, bilingual: number, stock: number) =>
	row([
		`${status(ratio(ours, bilingual) <= limit)} against stock bilingual; ${status(ratio(ours, stock) <= limit)} against stock one-language`,
		`${text}: ${ratio(ours, bilingual)}× stock bilingual, ${ratio(ours, stock)}× stock one-language`,
	]);

/** Issue #16's build goals; the search index's is half its time at commit 8f2df8d (38.9 s at N = 3,000). */
function buildGoals(results: Report['results']): string[] {
	const largest = results.at(-1)!;
	const thousand = results.find((r) => r.n === 1000);
	const withoutCards = largest.ours.withoutCards;
	const cachedPerPage = withoutCards ? round((withoutCards.seconds * 1000) / largest.ours.pages, 1) : undefined;
	const rebuilds = results.map((r) => ({
		n: r.n,
		ratio: ratio(r.ours.warm.seconds, r.bilingual.warm.seconds),
		drawn: r.ours.warm.cards?.drawn ?? 0,
	}));
	const peak = largest.ours.cold.peakMemoryMB;
	const search = largest.ours.cold.stages.search;
	return [
		goal(
			cachedPerPage === undefined ? undefined : cachedPerPage <= 15,
			`per-page cost with cards cached (a cold build that draws none) ≤ 15 ms at N = ${largest.n}: ${cachedPerPage ?? '–'} ms`,
		),
		goal(
			thousand && ratio(thousand.ours.coldSeconds, thousand.bilingual.coldSeconds) <= 1.5,
			`cold build with cards ≤ 1.5× stock bilingual at N = 1000: ${thousand ? `${ratio(thousand.ours.coldSeconds, thousand.bilingual.coldSeconds)}×` : 'not built'}`,
		),
		goal(
			rebuilds.every((r) => r.ratio <= 1.2 && r.drawn === 0),
			`rebuild with nothing changed ≤ 1.2× stock bilingual at every N, no card drawn: ${rebuilds.map((r) => `${r.ratio}× at ${r.n} (${r.drawn} cards)`).join(', ')}`,
		),
		goal(largest.n >= 3000 ? peak <= 2560 : undefined, `peak memory ≤ 2.5 GB at N = 3000: ${round(peak / 1024, 1)} GB at N = ${largest.n}`),
		goal(
			largest.n === 3000 && search !== undefined ? search <= 38.9 / 2 : undefined,
			`search index ≤ half of 38.9 s at N = 3000: ${seconds(search)} s at N = ${largest.n}`,
		),
	];
}

export function reportLines(report: Report): string[] {
	const { results, weights, search, cards, lighthouse } = report;
	const largest = results.at(-1)!;
	// Flatness between the two largest sizes: at N = 100 fixed costs (start-up, bundling) dominate each page.
	const before = results.at(-2);
	const flat = before ? ratio(perPage(largest.ours), perPage(before.ours)) : undefined;
	const stockFlat = before ? ratio(perPage(largest.stock), perPage(before.stock)) : undefined;
	const brief = weights.find((w) => w.page === 'brief')?.ours;
	const n = results[0]!.n;

	return [
		`# Benchmark, ${report.date.slice(0, 10)} (${report.machine.cores} cores, Node ${report.machine.node})`,
		'',
		'Baselines, built in the same run from the same Markdown: **stock**, Starlight as it comes, one language; **stock bilingual**, the same with English and Lao configured, so that, like this site, it renders every page in both languages.',
		'',
		'## Goals',
		'',
		row(['', `goal, at the largest N measured (${largest.n})`]),
		row(['---', '---']),
		goal(
			flat === undefined ? undefined : flat <= 1.15,
			flat === undefined
				? 'per-page build cost flat as the site grows: needs two sizes'
				: `per-page build cost flat as the site grows: ${flat}× from N = ${before!.n} to ${largest.n} (stock: ${stockFlat}×)`,
		),
		againstBoth(
			'cold build with cards ≤ 1.5× stock',
			1.5,
			largest.ours.coldSeconds,
			largest.bilingual.coldSeconds,
			largest.stock.coldSeconds,
		),
		againstBoth('warm rebuild ≤ 1.1× stock', 1.1, largest.ours.warm.seconds, largest.bilingual.warm.seconds, largest.stock.warm.seconds),
		...buildGoals(results),
		goal(brief && brief.total <= 35 * 1024, `first visit to a brief ≤ 35 kB gzip before images: ${brief ? kb(brief.total) : '–'} kB`),
		goal(
			Math.max(search.ours.total, search.oursLao.total) <= 120 * 1024,
			`first search ≤ 120 kB gzip: ${kb(search.ours.total)} kB English, ${kb(search.oursLao.total)} kB Lao`,
		),
		'',
		'## Cold builds (no caches; seconds, median of the runs in brackets)',
		'',
		row([
			'N sessions',
			'pages: this / stock / bilingual',
			'this site',
			'stock',
			'stock bilingual',
			'ratio to stock / bilingual',
			'ms per page: this / stock / bilingual',
		]),
		row(Array<string>(7).fill('---')),
		...results.map(({ n, ours, stock, bilingual }) =>
			row([
				n,
				`${ours.pages} / ${stock.pages} / ${bilingual.pages}`,
				`${seconds(ours.coldSeconds)} (${ours.coldRuns.join(', ')})`,
				`${seconds(stock.coldSeconds)} (${stock.coldRuns.join(', ')})`,
				`${seconds(bilingual.coldSeconds)} (${bilingual.coldRuns.join(', ')})`,
				`${ratio(ours.coldSeconds, stock.coldSeconds)}× / ${ratio(ours.coldSeconds, bilingual.coldSeconds)}×`,
				`${perPage(ours)} / ${perPage(stock)} / ${perPage(bilingual)}`,
			]),
		),
		'',
		'## Rebuilds (seconds): nothing changed, and one session changed',
		'',
		row([
			'N',
			'nothing changed: this / stock / bilingual',
			'ratio to stock / bilingual',
			'one changed: this / stock / bilingual',
			'ratio to stock / bilingual',
		]),
		row(Array<string>(5).fill('---')),
		...results.map(({ n, ours, stock, bilingual }) =>
			row([
				n,
				`${seconds(ours.warm.seconds)} / ${seconds(stock.warm.seconds)} / ${seconds(bilingual.warm.seconds)}`,
				`${ratio(ours.warm.seconds, stock.warm.seconds)}× / ${ratio(ours.warm.seconds, bilingual.warm.seconds)}×`,
				`${seconds(ours.changed.seconds)} / ${seconds(stock.changed.seconds)} / ${seconds(bilingual.changed.seconds)}`,
				`${ratio(ours.changed.seconds, stock.changed.seconds)}× / ${ratio(ours.changed.seconds, bilingual.changed.seconds)}×`,
			]),
		),
		'',
		'## Where a cold build spends its time (seconds, from the build log)',
		'',
		row([
			'N',
			'content loading',
			'bundling',
			'page rendering (cards drawn meanwhile)',
			'cards after the last page',
			'search index',
			'what cards add: cold build − one without cards',
			'stock bilingual: rendering, search index',
		]),
		row(Array<string>(8).fill('---')),
		...results.map(({ n, ours, bilingual }) =>
			row([
				n,
				seconds(ours.cold.stages.content),
				seconds(ours.cold.stages.bundling),
				`${seconds(ours.cold.stages.rendering)} (${ours.cold.cards?.drawnEarly ?? 0} of ${ours.cold.cards?.drawn ?? 0} cards begun)`,
				seconds(ours.cold.stages.cards),
				seconds(ours.cold.stages.search),
				ours.withoutCards
					? `${seconds(ours.coldSeconds - ours.withoutCards.seconds)} (${seconds(ours.coldSeconds)} − ${seconds(ours.withoutCards.seconds)})`
					: '–',
				`${seconds(bilingual.cold.stages.rendering)}, ${seconds(bilingual.cold.stages.search)}`,
			]),
		),
		'',
		'## Memory and output',
		'',
		row(['N', 'peak memory MB, whole process tree: this / stock / bilingual', 'dist MB: this / stock / bilingual']),
		row(Array<string>(3).fill('---')),
		...results.map(({ n, ours, stock, bilingual }) =>
			row([
				n,
				`${ours.cold.peakMemoryMB} / ${stock.cold.peakMemoryMB} / ${bilingual.cold.peakMemoryMB}`,
				`${ours.distMB} / ${stock.distMB} / ${bilingual.distMB}`,
			]),
		),
		'',
		`## First visit, gzip kB before images (N = ${n})`,
		'',
		row(['page', 'this site: html / css / js / fonts = total', 'stock total', 'ratio']),
		row(Array<string>(4).fill('---')),
		...weights.map(({ page, ours, stock }) =>
			row([
				page,
				`${kb(ours.html)} / ${kb(ours.css)} / ${kb(ours.js)} / ${kb(ours.fonts)} = **${kb(ours.total)}**`,
				kb(stock.total),
				`${ratio(ours.total, stock.total)}×`,
			]),
		),
		'',
		'## First search from an open page, gzip kB',
		'',
		`English query: this site **${kb(search.ours.total)}** (the search page ${kb(search.ours.html)}, Pagefind and its index ${kb(search.ours.js)}), stock ${kb(search.stock.total)} (${ratio(search.ours.total, search.stock.total)}×). Lao query: **${kb(search.oursLao.total)}**.`,
		'',
		...(report.relevance
			? [
					'## Search relevance (the bundled site, scripts/bench/relevance-queries.yaml)',
					'',
					row(['language', 'queries', 'success@1', 'success@5', 'MRR']),
					row(['---', '---', '---', '---', '---']),
					...siteLangs.map((lang) => {
						const s = report.relevance![lang];
						return row([lang, s.queries, s.successAt1, s.successAt5, s.mrr]);
					}),
					'',
					...(report.relevance.misses.length > 0
						? ['Queries not answered first:', '', ...report.relevance.misses.map((m) => `- ${m}`), '']
						: []),
				]
			: []),
		'## Share cards',
		'',
		`${cards.count} cards at N = ${n}; ${cards.warmMs.toFixed(1)} ms per card in a running process (median), ${cards.coldMs.toFixed(0)} ms in a fresh one (fonts loading); PNG median ${cards.medianKB} kB, largest ${cards.maxKB} kB.`,
		'',
		...results.flatMap(({ n, ours }) =>
			ours.cold.cards?.drawn && ours.withoutCards
				? [
						`- N = ${n}: ${ours.cold.cards.drawn} cards on ${report.machine.cores} worker threads add ${seconds(ours.coldSeconds - ours.withoutCards.seconds)} s to a cold build, ${round(((ours.coldSeconds - ours.withoutCards.seconds) * 1000) / ours.cold.cards.drawn, 1)} ms per card.`,
					]
				: [],
		),
		'',
		...(report.offline
			? [
					`## Offline reading: what each language's service worker keeps (N = ${n})`,
					'',
					row(['language', 'files', 'kB kept', 'budget', 'kB downloaded after a first visit (gzip)', 'Workbox runtime kB (gzip)']),
					row(Array<string>(6).fill('---')),
					...report.offline.map((o) =>
						row([
							o.lang,
							o.files,
							kb(o.bytes),
							`${status(o.bytes <= o.budgetBytes)}: ${round(o.budgetBytes / 1_000_000)} MB`,
							kb(o.gzipBytes),
							kb(o.runtimeBytes),
						]),
					),
					'',
				]
			: []),
		...(report.pdfs
			? [
					'## PDFs (the bundled site, cold build)',
					'',
					`${report.pdfs.count} PDFs, ${report.pdfs.made} printed: ${report.pdfs.medianMsPerPage} ms per page printed (median; slowest ${report.pdfs.maxMsPerPage} ms), ${report.pdfs.totalKB} kB in all.`,
					'',
					row(['PDF', 'kB']),
					row(['---', '---']),
					...report.pdfs.files.map((f) => row([f.file, f.kB])),
					'',
					`Offline packs (aim ≤ 15 MB each): ${(report.pdfs.packs ?? []).map((p) => `${p.lang} ${p.kB} kB (${p.file})`).join(', ') || 'none'}.`,
					'',
				]
			: []),
		...(lighthouse.length
			? [
					'## Lighthouse (mobile, simulated slow 4G)',
					'',
					row(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'total kB']),
					row(Array<string>(7).fill('---')),
					...lighthouse.map((s) => row([s.path, s.performance, s.accessibility, s.bestPractices, s.seo, s.lcpMs, s.totalKB])),
				]
			: []),
	];
}

export function writeReport(out: string, report: Report) {
	writeFileSync(join(out, 'results.json'), JSON.stringify(report, null, 2));
	const text = `${reportLines(report).join('\n')}\n`;
	writeFileSync(join(out, 'results.md'), text);
	console.log(text);
}
