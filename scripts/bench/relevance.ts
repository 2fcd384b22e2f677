/**
 * Whether search finds what readers mean, measured: the relevance set
 * (relevance-queries.yaml) is searched through the real search page in
 * Chromium, and each language gets success@1, success@5 and the mean
 * reciprocal rank of the first page that answers. `npm run bench` reports the
 * figures; the search test holds them above thresholds.
 */
import { siteLangs, type SiteLang } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/urls.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { searchAgain, searchResults } from '../browser/search-ui.ts';
import type { SiteInBrowser } from '../browser/site-in-browser.ts';

const querySchema = z.strictObject({
	query: z.string().min(1),
	/** Pages that answer the query, the best first. */
	want: z.array(z.string().regex(/^\/.*\/$/, 'a site path from / to a closing /')).min(1),
	/** The class of query it stands for: topic, name, spelling variant… */
	why: z.string().min(1),
});
/** Queries in every language of the site (the one language table), at least 20 each. */
const relevanceSetSchema = z.strictObject(
	Object.fromEntries(siteLangs.map((lang) => [lang, z.array(querySchema).min(20)])) as Record<SiteLang, z.ZodArray<typeof querySchema>>,
);

export type RelevanceQuery = z.infer<typeof querySchema>;
export type RelevanceSet = z.infer<typeof relevanceSetSchema>;
export type RelevanceLang = SiteLang;

export const relevanceSetFile = join(import.meta.dirname, 'relevance-queries.yaml');

export function readRelevanceSet(file = relevanceSetFile): RelevanceSet {
	return relevanceSetSchema.parse(parse(readFileSync(file, 'utf-8')));
}

/** Where the first page that answers came, from 1, or null when none was found. */
export type Outcome = RelevanceQuery & { rank: number | null; found: string[] };
export type Scores = { queries: number; successAt1: number; successAt5: number; mrr: number };

export function rankOf(want: readonly string[], found: readonly string[]): number | null {
	const index = found.findIndex((path) => want.includes(path));
	return index === -1 ? null : index + 1;
}

export function scoresOf(outcomes: readonly Pick<Outcome, 'rank'>[]): Scores {
	const share = (hit: (rank: number) => boolean) => outcomes.filter((o) => o.rank !== null && hit(o.rank)).length / outcomes.length;
	const round = (n: number) => Math.round(n * 1000) / 1000;
	return {
		queries: outcomes.length,
		successAt1: round(share((rank) => rank === 1)),
		successAt5: round(share((rank) => rank <= 5)),
		mrr: round(outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) / outcomes.length),
	};
}

/** The first five results are known, and the first page that answers is among those shown. */
const rankKnown = (want: readonly string[]) => (found: string[]) => found.length >= 5 && rankOf(want, found) !== null;

/**
 * Every query of `lang` typed into the search page of the open site. A few run at a time, each
 * worker on one page: its first query opens the search page, and the rest are typed into it, as a
 * reader searching again does. A fresh tab, or loading the page and Pagefind again, costs more CPU
 * than the search itself (docs/performance.md). Results are read until the rank is known, not to
 * the last page of them.
 */
export async function measureRelevance(site: SiteInBrowser, lang: RelevanceLang, queries: readonly RelevanceQuery[], concurrency = 3) {
	const outcomes = new Array<Outcome>(queries.length);
	let next = 0;
	const worker = async () => {
		const page = await site.newPage();
		try {
			for (let i = next++, first = true; i < queries.length; i = next++, first = false) {
				const query = queries[i]!;
				const enough = rankKnown(query.want);
				const { results } = first
					? await searchResults(page, site.url(`${paths.search(lang)}?q=${encodeURIComponent(query.query)}`), enough)
					: await searchAgain(page, query.query, enough);
				const found = results.map((r) => r.href);
				outcomes[i] = { ...query, rank: rankOf(query.want, found), found: found.slice(0, 5) };
			}
		} finally {
			await page.close();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, queries.length) }, worker));
	return { scores: scoresOf(outcomes), outcomes };
}

/** One line per query that missed its first place, for a report or a failing test. */
export function misses(outcomes: readonly Outcome[]): string[] {
	return outcomes
		.filter((o) => o.rank !== 1)
		.map((o) => `${o.query} (${o.why}): ${o.rank === null ? 'not found' : `rank ${o.rank}`}; top: ${o.found.join(' ') || 'nothing'}`);
}
