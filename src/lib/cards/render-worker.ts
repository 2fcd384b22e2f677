/** A worker thread that renders cards, so the build draws on every core. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './spec.ts';

type Job = { id: number; spec: CardSpec };

parentPort!.on('message', async ({ id, spec }: Job) => {
	try {
		const png = await renderCard(spec, workerData.root as string);
		parentPort!.postMessage({ id, png });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
