/**
 * Adds each page's Content-Security-Policy after the build. The inline
 * scripts it approves are the site's own: the bundles Vite wrote for the
 * browser (Astro inlines the small ones) and the `is:inline` scripts in the
 * components of this site and of Starlight.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScriptsOfComponent, scriptHash } from '../lib/content-security-policy.ts';
import { listFiles } from '../loader/files.ts';
import { htmlFiles } from '../lib/built-pages.ts';
import { runOnWorker } from './worker-thread.ts';

const pagesPerWorkerAtLeast = 200;

/** Where Node finds a package from `root`: the nearest node_modules folder that has it (its exports list no package.json). */
function packageFolder(root: string, name: string): string {
	for (let dir = root; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) throw new Error(`${name} is not installed: run npm ci`);
	}
}

/** The components whose `is:inline` scripts the site ships: its own and Starlight's. */
function componentScripts(root: string): string[] {
	const starlight = packageFolder(root, '@astrojs/starlight');
	const sources = [
		...['pages', 'src'].flatMap((dir) => listFiles(root, dir).map((file) => join(root, file))),
		...listFiles(starlight, '.').map((file) => join(starlight, file)),
	];
	return sources.filter((file) => file.endsWith('.astro')).flatMap((file) => inlineScriptsOfComponent(readFileSync(file, 'utf-8')));
}

export default function contentSecurityPolicy(): AstroIntegration {
	const bundles = new Set<string>();
	let root = process.cwd();
	return {
		name: 'peer-learning-hub:content-security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'peer-learning-hub:record-browser-bundles',
								// Before Astro takes the small ones out of the bundle to inline them, with the same trimmed text.
								generateBundle: {
									order: 'pre',
									handler(_options, bundle) {
										if (this.environment?.name !== 'client') return;
										for (const output of Object.values(bundle)) if (output.type === 'chunk') bundles.add(output.code.trim());
									},
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const ownScripts = [...new Set([...bundles, ...componentScripts(root)].map(scriptHash))];
				const out = fileURLToPath(dir);
				const files = htmlFiles(out);
				// Pages split between worker threads. A worker takes as long to start as 150 pages take to parse, so small sites use one.
				const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / pagesPerWorkerAtLeast)));
				const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
				const blocked = await Promise.all(
					shares.map((share) =>
						runOnWorker<string[]>(
							root,
							'content-security-policy-worker.ts',
							{ files: share, ownScripts },
							'The Content-Security-Policy pass',
						),
					),
				);
				const pagesWithBlocked = blocked
					.flat()
					.sort()
					.map((file) => relative(out, file));
				logger.info(`Content-Security-Policy added to ${files.length} pages.`);
				if (pagesWithBlocked.length > 0) {
					// Content brought a script past the sanitiser: name where, so a reviewer can find the file.
					const shown = pagesWithBlocked.slice(0, 5).join(', ');
					const more = pagesWithBlocked.length > 5 ? ` and ${pagesWithBlocked.length - 5} more` : '';
					logger.warn(`an inline script the site did not write will be blocked by the policy on ${shown}${more}.`);
				}
			},
		},
	};
}
