/** Renders many cards on worker threads, one per core, each loading the fonts once. */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardSpec } from './spec.ts';

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

export function createRenderPool(root: string, size = Math.max(1, Math.min(availableParallelism(), 4))) {
	// From the project root rather than import.meta.url, which points into Astro's bundled config.
	const workerFile = join(root, 'src/lib/cards/render-worker.ts');
	const workers = Array.from({ length: size }, () => new Worker(workerFile, { workerData: { root } }));
	const pending = new Map<number, Pending>();
	let next = 0;
	for (const worker of workers) {
		worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = pending.get(id)!;
			pending.delete(id);
			if (error !== undefined || !png) job.reject(new Error(error));
			else job.resolve(Buffer.from(png));
		});
	}
	return {
		render(spec: CardSpec): Promise<Buffer> {
			const id = next++;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				workers[id % workers.length]!.postMessage({ id, spec });
			});
		},
		close: () => Promise.all(workers.map((w) => w.terminate())),
	};
}
