/**
 * Serves a built `dist/` on a loopback port, as a static host would: `/x/`
 * serves `x/index.html`, unknown paths get `404.html` with status 404.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.ics': 'text/calendar',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
};

export type StaticServer = { url: string; close: () => Promise<void> };

function fileFor(root: string, pathname: string): string | undefined {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
		const file = fileFor(root, pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': types['.html']! });
			const notFound = fileFor(root, '/404.html');
			if (notFound) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		// Like GitHub Pages: a browser may keep files for ten minutes, so a second page reuses the first one's CSS.
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
