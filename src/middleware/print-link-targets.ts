/**
 * Marks the links of every page with the address to write after them on
 * paper (src/lib/print/link-targets.ts). Done to the finished HTML, so the
 * links of every kind of page are marked, whichever component wrote them.
 */
import { defineMiddleware } from 'astro:middleware';
import { withPrintedTargets } from '../lib/print/link-targets.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	// The address the page is published at, which is what paper must show; not the address of the build's own server.
	const page = new URL(context.url.pathname, context.site ?? context.url);
	return new Response(withPrintedTargets(await response.text(), page), response);
});
