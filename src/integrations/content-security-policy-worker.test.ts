import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptHash } from '../lib/content-security-policy.ts';
import { runOnWorker } from './worker-thread.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'plh-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (script: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body><script>${script}</script></body></html>`;

describe('the Content-Security-Policy pass on a worker thread', () => {
	it('adds the policy to every page it is given and names the pages with a script the site did not write', async () => {
		const own = join(dir, 'own.html');
		const smuggled = join(dir, 'smuggled.html');
		writeFileSync(own, page('site()'));
		writeFileSync(smuggled, page('stolen()'));
		const blocked = await runOnWorker<string[]>(
			root,
			'content-security-policy-worker.ts',
			{ files: [own, smuggled], ownScripts: [scriptHash('site()')] },
			'test',
		);
		expect(blocked).toEqual([smuggled]);
		expect(readFileSync(own, 'utf-8')).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('site()')};`);
		expect(readFileSync(smuggled, 'utf-8')).toContain("script-src 'self' 'wasm-unsafe-eval';");
	});

	it('fails with the reason when a page cannot be read', async () => {
		await expect(
			runOnWorker(root, 'content-security-policy-worker.ts', { files: [join(dir, 'missing.html')], ownScripts: [] }, 'test'),
		).rejects.toThrow(/ENOENT.*missing\.html/);
	});
});
