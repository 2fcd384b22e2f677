/**
 * The search index built from one finished site in turns: one file in flight
 * at a time (how it was built before) and several, alternating so that the
 * machine's load falls on both alike. Both must write the same index. A third
 * way is measured beside them, not used by the build: the prepared copies
 * written to a folder and indexed by Pagefind's own directory walk, which
 * parses pages in parallel (its index numbers pages in another order).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchIndex, htmlFiles } from '../../src/integrations/search-index.ts';
import { prepareHtmlForIndex } from '../../src/lib/segment/html.ts';

export type SearchIndexTimings = {
	pages: number;
	inFlight: number;
	oneAtATimeMs: number[];
	inFlightMs: number[];
	/** Prepared copies written to a folder, then Pagefind's `addDirectory`: the whole time, copies included. */
	directoryMs: number[];
	sameIndex: boolean;
};

async function indexFromDirectory(site: string, copies: string): Promise<void> {
	rmSync(copies, { recursive: true, force: true });
	for (const file of htmlFiles(site)) {
		const html = readFileSync(file, 'utf-8');
		if (!html.includes('data-pagefind-body')) continue;
		const copy = join(copies, 'site', relative(site, file));
		mkdirSync(dirname(copy), { recursive: true });
		writeFileSync(copy, prepareHtmlForIndex(html));
	}
	try {
		const { index } = await pagefind.createIndex({});
		const added = await index!.addDirectory({ path: join(copies, 'site') });
		if (added.errors.length > 0) throw new Error(added.errors.join('; '));
		await index!.writeFiles({ outputPath: join(copies, 'pagefind') });
	} finally {
		await pagefind.close();
	}
}

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
		const timings: SearchIndexTimings = { pages: 0, inFlight, oneAtATimeMs: [], inFlightMs: [], directoryMs: [], sameIndex: true };
		const digests = new Set<string>();
		for (let round = 0; round < rounds; round++) {
			for (const lanes of round % 2 ? [inFlight, 1] : [1, inFlight]) {
				rmSync(join(work, 'pagefind'), { recursive: true, force: true });
				const started = performance.now();
				timings.pages = (await buildSearchIndex(work, lanes)).pages;
				(lanes === 1 ? timings.oneAtATimeMs : timings.inFlightMs).push(Math.round(performance.now() - started));
				digests.add(indexDigest(join(work, 'pagefind')));
			}
			rmSync(join(work, 'pagefind'), { recursive: true, force: true });
			const started = performance.now();
			await indexFromDirectory(work, `${work}-copies`);
			timings.directoryMs.push(Math.round(performance.now() - started));
		}
		timings.sameIndex = digests.size === 1;
		return timings;
	} finally {
		rmSync(work, { recursive: true, force: true });
		rmSync(`${work}-copies`, { recursive: true, force: true });
	}
}
