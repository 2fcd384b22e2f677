/**
 * Serves a built `dist/` on a loopback port, as a static host would: `/x/`
 * serves `x/index.html`, unknown paths get `404.html` with status 404.
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, distFileFor } from '../../src/lib/print/dist-files.ts';

export type StaticServer = { url: string; close: () => Promise<void> };

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
		const file = distFileFor(root, pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': contentTypeOf('404.html') });
			const notFound = distFileFor(root, '/404.html');
			if (notFound) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		// Like GitHub Pages: a browser may keep files for ten minutes, so a second page reuses the first one's CSS.
		response.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'max-age=600' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// Like a host going away: a browser's open connections are cut, not waited for.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
