/**
 * What offline reading costs a reader: per language, the files and bytes
 * its service worker keeps (read from the built worker, so it is what ships),
 * what downloading them costs after a first visit (gzip, as a server sends
 * pages and scripts; fonts as they are), and Workbox's runtime the worker loads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteLocales } from '../../src/i18n/locales.ts';
import { languageFolder, serviceWorkerFile } from '../../src/integrations/offline.ts';
import { belowBase, pageFile, precacheBudgetBytes } from '../../src/lib/offline/precache.ts';

export type PrecacheMeasure = { lang: string; files: number; bytes: number; gzipBytes: number; budgetBytes: number; runtimeBytes: number };

/** The URLs a built service worker keeps, from the list Workbox wrote into it. */
export function keptUrls(worker: string): string[] {
	const list = /precache\((\[[\s\S]*?\])\)/.exec(worker)?.[1];
	if (!list) throw new Error('The service worker has no precache list');
	return (JSON.parse(list) as { url: string }[]).map((entry) => entry.url);
}

const compressed = (file: string) =>
	file.endsWith('.woff2') || file.endsWith('.png') ? statSync(file).size : gzipSync(readFileSync(file), { level: 6 }).length;

export function precacheSizes(dist: string, base = '/'): PrecacheMeasure[] {
	const runtimeFolder = readdirSync(dist).find((name) => name.startsWith('workbox-v'));
	const runtimeBytes = runtimeFolder
		? readdirSync(join(dist, runtimeFolder)).reduce((sum, file) => sum + compressed(join(dist, runtimeFolder, file)), 0)
		: 0;
	return siteLocales.map((locale) => {
		const worker = readFileSync(join(dist, languageFolder(locale), serviceWorkerFile), 'utf-8');
		const files = keptUrls(worker).map((url) => join(dist, pageFile(belowBase(url, base) ?? url)));
		return {
			lang: locale.lang,
			files: files.length,
			bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
			gzipBytes: files.reduce((sum, file) => sum + compressed(file), 0),
			budgetBytes: precacheBudgetBytes,
			runtimeBytes,
		};
	});
}
