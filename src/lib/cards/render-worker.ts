/** A worker thread that renders cards, so the build draws on every core. The pool sends one card at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './spec.ts';

const { root } = workerData as { root: string };

/** Every outcome, failure included, goes back to the pool as a reply: nothing is left to reject. */
async function draw(spec: CardSpec): Promise<void> {
	try {
		const png = await renderCard(spec, root);
		parentPort!.postMessage({ png });
	} catch (error) {
		parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
}

parentPort!.on('message', ({ spec }: { spec: CardSpec }) => void draw(spec));
