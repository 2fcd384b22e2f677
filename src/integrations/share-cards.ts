/**
 * Renders the share cards pages ask for. Each page lists its cards in a
 * `<script type="application/json" data-plh-cards>` block; after the build
 * this integration collects them, removes the block from the page, and draws
 * each card that is not already in the cache, on worker threads.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardCacheDir, cardKey } from '../lib/cards/cache.ts';
import { createRenderPool } from '../lib/cards/render-pool.ts';
import type { CardRequest } from '../lib/cards/spec.ts';
import { htmlFiles } from './search-index.ts';

const requestBlock = /<script type="application\/json" data-plh-cards[^>]*>([\s\S]*?)<\/script>/g;

export type CardBuildStats = { cards: number; drawn: number; cached: number; milliseconds: number };

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

export async function buildCards(root: string, dist: string): Promise<CardBuildStats> {
	const started = performance.now();
	const requests = collectCardRequests(dist);
	const cache = cardCacheDir(root);
	const missing = [...requests.values()].map((request) => ({ request, cached: join(cache, `${cardKey(request.spec, root)}.png`) }));
	const toDraw = missing.filter(({ cached }) => !existsSync(cached));
	if (toDraw.length) {
		const pool = createRenderPool(root);
		try {
			await Promise.all(
				toDraw.map(async ({ request, cached }) => {
					try {
						writeFileSync(cached, await pool.render(request.spec));
					} catch (error) {
						throw new Error(`Could not draw the share card ${request.path} ("${request.spec.title}"): ${(error as Error).message}`, {
							cause: error,
						});
					}
				}),
			);
		} finally {
			await pool.close();
		}
	}
	for (const { request, cached } of missing) {
		const target = join(dist, request.path);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
	}
	const stats = {
		cards: requests.size,
		drawn: toDraw.length,
		cached: requests.size - toDraw.length,
		milliseconds: Math.round(performance.now() - started),
	};
	// What the last build drew and from what, for the tests and the benchmark.
	writeFileSync(join(cache, 'last-build.json'), JSON.stringify({ ...stats, requests: [...requests.values()] }));
	return stats;
}

export default function shareCards(): AstroIntegration {
	let root = '';
	return {
		name: 'peer-learning-hub:share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Builds that will not be published (a quick look, a test of something else) can skip the slowest stage.
				if (process.env.PLH_SKIP_CARDS === '1') {
					const skipped = collectCardRequests(fileURLToPath(dir)).size;
					logger.warn(`Share cards: PLH_SKIP_CARDS=1, so ${skipped} cards were not drawn; do not publish this build.`);
					return;
				}
				const stats = await buildCards(root, fileURLToPath(dir));
				logger.info(
					`Share cards: ${stats.cards} in all, ${stats.drawn} drawn, ${stats.cached} from the cache, in ${stats.milliseconds} ms.`,
				);
			},
		},
	};
}
