/** A worker thread that indexes one language's pages with a Pagefind service of its own (./search-index.ts). */
import { workerData } from 'node:worker_threads';
import { indexLanguage, type LanguagePart } from './search-index.ts';
import { replyFromWorker } from './worker-thread.ts';

const { dir, part, filesInFlight } = workerData as { dir: string; part: LanguagePart; filesInFlight: number };
await replyFromWorker(() => indexLanguage(dir, part, filesInFlight));
