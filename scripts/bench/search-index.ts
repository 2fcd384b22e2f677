/**
 * The search index built from one finished site three ways, in turns so that the machine's load falls on each
 * alike: one page at a time and one language at a time (how it was built at 8f2df8d); pages in flight, one
 * language at a time (the way that holds half the memory); and pages in flight with languages side by side (the
 * build's way). All three must write the same index.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSearchIndex, type SearchIndexOptions } from '../../src/integrations/search-index.ts';

export const searchIndexWays = {
	oneAtATime: { filesInFlight: 1, languagesAtOnce: 1 },
	inFlight: { languagesAtOnce: 1 },
	languagesSideBySide: {},
} satisfies Record<string, SearchIndexOptions>;

export type SearchIndexTimings = {
	pages: number;
	/** Milliseconds of each round, by way. */
	ms: Record<keyof typeof searchIndexWays, number[]>;
	sameIndex: boolean;
};

/** One hash of every file under `dir` with its path: equal only for byte-identical search indexes. */
export function indexDigest(dir: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort();
	for (const file of files) hash.update(relative(dir, file)).update(readFileSync(file));
	return hash.digest('hex');
}

/** `root` is the project's, whose worker indexes each language. */
export async function searchIndexTimings(dist: string, root: string, rounds = 3): Promise<SearchIndexTimings> {
	const work = mkdtempSync(join(tmpdir(), 'plh-search-index-'));
	try {
		cpSync(dist, work, { recursive: true });
		const timings: SearchIndexTimings = { pages: 0, ms: { oneAtATime: [], inFlight: [], languagesSideBySide: [] }, sameIndex: true };
		const digests = new Set<string>();
		const ways = Object.keys(searchIndexWays) as (keyof typeof searchIndexWays)[];
		for (let round = 0; round < rounds; round++) {
			// Each round starts with a different way, so none always runs on a machine warmed by the others.
			for (const way of [...ways.slice(round % ways.length), ...ways.slice(0, round % ways.length)]) {
				rmSync(join(work, 'pagefind'), { recursive: true, force: true });
				const started = performance.now();
				timings.pages = (await buildSearchIndex(work, root, searchIndexWays[way])).pages;
				timings.ms[way].push(Math.round(performance.now() - started));
				digests.add(indexDigest(join(work, 'pagefind')));
			}
		}
		timings.sameIndex = digests.size === 1;
		return timings;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
