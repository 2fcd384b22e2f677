/**
 * Renders many cards on worker threads, one per core, each loading the fonts
 * once. A worker gets its next card only when it has sent back the last: with
 * every card posted at once, a worker starts them all together (rendering is
 * async) and holds thousands of half-drawn images in memory.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardSpec } from './spec.ts';

type Job = { spec: CardSpec; resolve: (png: Buffer) => void; reject: (error: Error) => void };
type Reply = { png?: Uint8Array; error?: string };

export function createRenderPool(root: string, size = Math.max(1, Math.min(availableParallelism(), 4))) {
	// From the project root rather than import.meta.url, which points into Astro's bundled config.
	const workerFile = join(root, 'src/lib/cards/render-worker.ts');
	const queue: Job[] = [];
	const idle: Worker[] = [];
	const current = new Map<Worker, Job>();

	const dispatch = () => {
		while (idle.length && queue.length) {
			const worker = idle.pop()!;
			const job = queue.shift()!;
			current.set(worker, job);
			worker.ref();
			worker.postMessage({ spec: job.spec });
		}
	};

	for (let i = 0; i < size; i++) {
		const worker = new Worker(workerFile, { workerData: { root } });
		// An idle worker does not keep the process alive: a build that fails while cards are
		// being drawn early still exits once the cards under way are done.
		worker.unref();
		worker.on('message', ({ png, error }: Reply) => {
			const job = current.get(worker)!;
			current.delete(worker);
			idle.push(worker);
			worker.unref();
			if (error !== undefined || !png) job.reject(new Error(error));
			else job.resolve(Buffer.from(png));
			dispatch();
		});
		worker.on('error', (error: Error) => {
			current.get(worker)?.reject(error);
			current.delete(worker);
		});
		idle.push(worker);
	}

	return {
		render(spec: CardSpec): Promise<Buffer> {
			return new Promise((resolve, reject) => {
				queue.push({ spec, resolve, reject });
				dispatch();
			});
		},
		close: async () => {
			await Promise.all([...idle, ...current.keys()].map((worker) => worker.terminate()));
		},
	};
}
