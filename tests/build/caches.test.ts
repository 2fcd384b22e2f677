/**
 * The build's two caches, of share cards and of PDFs, on one small site built
 * twice with caches of its own: the first build draws every card and makes
 * every PDF; after an edit to a session and to a brief, the second draws only
 * their cards and makes only the PDFs of pages showing the edits, and takes
 * every other from its cache. That also answers for a rebuild with nothing
 * changed (it was a build of its own between the two): anything redrawn or
 * made again without an edit would be counted here. One site for both caches
 * saves two builds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastPdfBuildFile } from '../../src/lib/print/pdf-cache.ts';
import type { PdfBuildStats } from '../../src/integrations/pdf.ts';
import { lastCardBuild } from '../support/card-builds.ts';
import { buildSite, fixturesDir, prepareSite, testNow } from '../support/site-build.ts';

describe('the card and PDF caches', () => {
	it('draw every card and make every PDF once, then after an edit only the changed entries’ cards and the PDFs of the pages that show them, the rest from the cache', () => {
		const site = prepareSite('caches', join(fixturesDir, 'small-site'));
		// Caches of its own, empty: the other copies share theirs.
		const own = {
			PLH_NOW: testNow,
			PLH_PDF: '1',
			PLH_CARD_CACHE: join(site.root, 'card-cache'),
			PLH_PDF_CACHE: join(site.root, 'pdf-cache'),
		};
		const lastPdfs = () => JSON.parse(readFileSync(lastPdfBuildFile(site.root), 'utf-8')) as PdfBuildStats;

		buildSite(site, own);
		const cards = lastCardBuild(site);
		expect(cards.cached).toBe(0);
		expect(cards.drawn).toBeGreaterThan(cards.cards / 2);
		// Every card was handed over while its page rendered, not first found in dist/ after the last page.
		expect(cards.drawnEarly).toBe(cards.drawn);
		const pdfs = lastPdfs();
		expect(pdfs.pdfs).toBeGreaterThanOrEqual(3);
		expect(pdfs).toMatchObject({ made: pdfs.pdfs, cached: 0 });

		const edit = (file: string, from: string, to: string) => {
			const path = join(site.root, 'content', file);
			writeFileSync(path, readFileSync(path, 'utf-8').replace(from, to));
		};
		edit('sessions/2026-06-18-benchmark.md', 'title: Board reporting benchmark', 'title: Board reporting, benchmarked');
		edit('briefs/fixture-brief.md', 'title: A fixture brief', 'title: A fixture brief, edited');
		buildSite(site, own);
		const redrawn = lastCardBuild(site).requests.filter((r) => /benchmarked|edited/.test(r.spec.title));
		// One card for the session's pages in English and in Lao, and one per language for its benchmark's page.
		expect(
			redrawn
				.filter((r) => r.spec.title.includes('benchmarked'))
				.map((r) => r.path)
				.sort(),
		).toEqual([
			'og/benchmarks/2026-06-18-benchmark/card.png',
			'og/lo/benchmarks/2026-06-18-benchmark/card.png',
			'og/sessions/2026-06-18-benchmark/card.png',
		]);
		expect(redrawn.filter((r) => r.spec.title.includes('edited')).length).toBeGreaterThan(0);
		expect(lastCardBuild(site)).toMatchObject({ drawn: redrawn.length, cached: cards.cards - redrawn.length, cards: cards.cards });
		// A PDF is made again exactly when its page changed: the brief's, and the pages that list the session
		// (its series' year in review, in each language).
		const after = lastPdfs();
		const made = after.files.filter((f) => f.printMilliseconds !== undefined).map((f) => f.page);
		const showingAnEdit = after.files
			.filter((f) => /benchmarked|A fixture brief, edited/.test(readFileSync(join(site.dist, f.page, 'index.html'), 'utf-8')))
			.map((f) => f.page);
		expect(made.sort()).toEqual(showingAnEdit.sort());
		expect(made).toContain('/briefs/fixture-brief/');
		expect(after).toMatchObject({ made: made.length, cached: pdfs.pdfs - made.length });
		// Two builds in a row: on a loaded two-core machine that is minutes, not the default two.
	}, 600_000);
});
