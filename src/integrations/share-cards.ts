/**
 * Renders the share cards pages ask for. Each page lists its cards in a
 * `<script type="application/json" data-plh-cards>` block; after the build
 * this integration collects them, removes the block from the page, and draws
 * each card that is not already in the cache, on worker threads. Pages also
 * hand their cards over as they render (src/lib/cards/early-requests.ts),
 * so drawing starts long before the last page is written.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardCacheDir, cardKey, lastCardBuildFile } from '../lib/cards/cache.ts';
import { listenForEarlyCardRequests } from '../lib/cards/early-requests.ts';
import { createRenderPool } from '../lib/cards/render-pool.ts';
import type { CardRequest } from '../lib/cards/spec.ts';
import { htmlFiles } from '../lib/built-pages.ts';

const requestBlock = /<script type="application\/json" data-plh-cards[^>]*>([\s\S]*?)<\/script>/g;

/**
 * `drawn` counts different images: two pages with the same card (an award's link card is also its
 * month's page card) share one drawing. `drawnEarly`: those begun while Astro was still rendering
 * pages. `cached`: pages' cards taken from the cache. `milliseconds`: the time after the last page.
 */
export type CardBuildStats = { cards: number; drawn: number; drawnEarly: number; cached: number; milliseconds: number };

/** Every card the built pages ask for, with the request blocks taken out of the pages. */
export function collectCardRequests(dist: string): Map<string, CardRequest> {
	const requests = new Map<string, CardRequest>();
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf-8');
		if (!html.includes('data-plh-cards')) continue;
		for (const [, json] of html.matchAll(requestBlock)) {
			for (const request of JSON.parse(json!) as CardRequest[]) requests.set(request.path, request);
		}
		writeFileSync(file, html.replace(requestBlock, ''));
	}
	return requests;
}

/**
 * Draws the cards that are not in the cache on worker threads, each once
 * however often it is asked for, and keeps each in the cache.
 */
export function createCardDrawer(root: string) {
	const cache = cardCacheDir(root);
	const jobs = new Map<string, Promise<void>>();
	let pool: ReturnType<typeof createRenderPool> | undefined;
	return {
		/** Starts drawing the card unless it is cached or under way; returns where the cache keeps it. */
		draw(request: CardRequest): string {
			const file = join(cache, `${cardKey(request.spec, root)}.png`);
			if (jobs.has(file) || existsSync(file)) return file;
			pool ??= createRenderPool(root);
			const job = pool.render(request.spec).then(
				(png) => {
					// Written whole under another name first: a build sharing the cache never copies half a card.
					const partial = `${file}.${process.pid}.partial`;
					writeFileSync(partial, png);
					renameSync(partial, file);
				},
				(error: unknown) => {
					throw new Error(`Could not draw the share card ${request.path} ("${request.spec.title}"): ${(error as Error).message}`, {
						cause: error,
					});
				},
			);
			// A failure surfaces when `finish` awaits the job, at the end of the build.
			job.catch(() => undefined);
			jobs.set(file, job);
			return file;
		},
		drawing: (file: string) => jobs.has(file),
		started: () => jobs.size,
		async finish(): Promise<void> {
			try {
				await Promise.all(jobs.values());
			} finally {
				await pool?.close();
				pool = undefined;
			}
		},
	};
}

export type CardDrawer = ReturnType<typeof createCardDrawer>;

export async function buildCards(root: string, dist: string, drawer: CardDrawer = createCardDrawer(root)): Promise<CardBuildStats> {
	const started = performance.now();
	const requests = collectCardRequests(dist);
	const drawnEarly = drawer.started();
	const files = [...requests.values()].map((request) => ({ request, cached: drawer.draw(request) }));
	await drawer.finish();
	for (const { request, cached } of files) {
		const target = join(dist, request.path);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
	}
	const drawnFor = files.filter(({ cached }) => drawer.drawing(cached));
	const stats = {
		cards: requests.size,
		drawn: new Set(drawnFor.map(({ cached }) => cached)).size,
		drawnEarly,
		cached: requests.size - drawnFor.length,
		milliseconds: Math.round(performance.now() - started),
	};
	// What the last build drew and from what, for the tests and the benchmark.
	mkdirSync(dirname(lastCardBuildFile(root)), { recursive: true });
	writeFileSync(lastCardBuildFile(root), JSON.stringify({ ...stats, requests: [...requests.values()] }));
	return stats;
}

export default function shareCards(): AstroIntegration {
	let root = '';
	let drawer: CardDrawer | undefined;
	// Builds that will not be published (a quick look, a test of something else) can skip the slowest stage.
	const skip = () => process.env.PLH_SKIP_CARDS === '1';
	return {
		name: 'peer-learning-hub:share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				if (skip()) return;
				const early = (drawer = createCardDrawer(root));
				listenForEarlyCardRequests((requests) => {
					for (const request of requests) {
						// Anything that goes wrong here is met again, and reported, when the pages' own lists are read.
						try {
							if (!request.drawnForOtherLanguage) early.draw(request);
						} catch {
							return;
						}
					}
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				listenForEarlyCardRequests(undefined);
				if (skip()) {
					const skipped = collectCardRequests(fileURLToPath(dir)).size;
					logger.warn(`Share cards: PLH_SKIP_CARDS=1, so ${skipped} cards were not drawn; do not publish this build.`);
					return;
				}
				const stats = await buildCards(root, fileURLToPath(dir), drawer);
				logger.info(
					`Share cards: ${stats.cards} in all, ${stats.drawn} drawn, ${stats.cached} from the cache, in ${stats.milliseconds} ms after the last page (${stats.drawnEarly} begun while pages were rendered).`,
				);
			},
		},
	};
}
