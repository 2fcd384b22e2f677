/**
 * The search index built from one finished site in turns: one file in flight
 * at a time (how it was built before) and several, alternating so that the
 * machine's load falls on both alike. Both must write the same index.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

export type SearchIndexTimings = { pages: number; inFlight: number; oneAtATimeMs: number[]; inFlightMs: number[]; sameIndex: boolean };

function indexDigest(dir: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort();
	for (const file of files) hash.update(relative(dir, file)).update(readFileSync(file));
	return hash.digest('hex');
}

export async function searchIndexTimings(dist: string, rounds = 3, inFlight = 8): Promise<SearchIndexTimings> {
	const work = mkdtempSync(join(tmpdir(), 'plh-search-index-'));
	try {
		cpSync(dist, work, { recursive: true });
		const timings: SearchIndexTimings = { pages: 0, inFlight, oneAtATimeMs: [], inFlightMs: [], sameIndex: true };
		const digests = new Set<string>();
		for (let round = 0; round < rounds; round++) {
			for (const lanes of round % 2 ? [inFlight, 1] : [1, inFlight]) {
				rmSync(join(work, 'pagefind'), { recursive: true, force: true });
				const started = performance.now();
				timings.pages = (await buildSearchIndex(work, lanes)).pages;
				(lanes === 1 ? timings.oneAtATimeMs : timings.inFlightMs).push(Math.round(performance.now() - started));
				digests.add(indexDigest(join(work, 'pagefind')));
			}
		}
		timings.sameIndex = digests.size === 1;
		return timings;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
