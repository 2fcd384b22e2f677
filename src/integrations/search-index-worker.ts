/** A worker thread that indexes one language's pages with a Pagefind service of its own (./search-index.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { indexLanguage, type LanguagePart } from './search-index.ts';

const { dir, part, filesInFlight } = workerData as { dir: string; part: LanguagePart; filesInFlight: number };

// Every outcome, failure included, goes back as a reply, so the build can name what went wrong.
try {
	parentPort!.postMessage({ indexed: await indexLanguage(dir, part, filesInFlight) });
} catch (error) {
	parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
