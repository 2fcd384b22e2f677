/**
 * The built site's files, as a static host serves them: `/x/` is
 * `x/index.html`; anything else is not there. The browser that prints PDFs
 * and the tests' static server (scripts/browser/static-server.ts) both read
 * dist/ through this.
 */
import { statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.ics': 'text/calendar',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
};

export const contentTypeOf = (file: string): string => types[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file in `dist` that `pathname` (already without the base path) names, or undefined. */
export function distFileFor(dist: string, pathname: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const safe = normalize(`/${decoded}`).replace(/^([/\\]*\.\.)+/, '');
	for (const candidate of [join(dist, safe), join(dist, safe, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// the next candidate
		}
	}
	return undefined;
}
