/**
 * A setup file of `npm run suite:cpu` (vitest.config.ts adds it only then): each test file writes which process runs
 * it, so the processes it starts can be counted for it.
 */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';

const workers = process.env.PLH_SUITE_CPU_WORKERS;
if (workers) appendFileSync(workers, `${process.pid}\t${expect.getState().testPath}\n`);
