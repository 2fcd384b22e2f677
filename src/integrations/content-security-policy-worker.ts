/** A worker thread that adds the Content-Security-Policy to its share of the built pages (./content-security-policy.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { withPolicy } from '../lib/content-security-policy.ts';
import { replyFromWorker } from './worker-thread.ts';

const { files, ownScripts } = workerData as { files: string[]; ownScripts: string[] };
await replyFromWorker(() => {
	const own = new Set(ownScripts);
	return files.filter((file) => {
		const result = withPolicy(readFileSync(file, 'utf-8'), own);
		writeFileSync(file, result.html);
		return result.blocked > 0;
	});
});
