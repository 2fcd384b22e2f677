/** A worker thread that renders cards, so the build draws on every core. The pool sends one card at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './spec.ts';

parentPort!.on('message', async ({ spec }: { spec: CardSpec }) => {
	try {
		const png = await renderCard(spec, workerData.root as string);
		parentPort!.postMessage({ png });
	} catch (error) {
		parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
});
