/**
 * Build steps that parse every page run on worker threads: they use every core, and their garbage stays out of
 * Astro's heap, which still holds the whole build (there the Content-Security-Policy pass took 30.8 s at N = 3,000
 * with cards drawn, 16.5 s without; on two workers 10 s: docs/performance.md).
 */
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<T> = { value?: T; error?: string };

/**
 * Runs `src/integrations/<script>` on a worker thread and resolves with what it replied. `root` is the project's:
 * import.meta.url points into Astro's bundled config, not at the source the worker runs.
 */
export function runOnWorker<T>(root: string, script: string, workerData: unknown, what: string): Promise<T> {
	const worker = new Worker(join(root, 'src/integrations', script), { workerData });
	return new Promise((resolve, reject) => {
		let reply: Reply<T> = {};
		worker.once('message', (message: Reply<T>) => (reply = message));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if ('value' in reply) resolve(reply.value as T);
			else reject(new Error(reply.error ?? `${what} stopped (exit code ${code})`));
		});
	});
}

/** In a worker: does the work and replies with its result, or with the failure's message, so the build can name it. */
export async function replyFromWorker<T>(work: () => T | Promise<T>): Promise<void> {
	try {
		parentPort!.postMessage({ value: await work() } satisfies Reply<T>);
	} catch (error) {
		parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply<T>);
	}
}
