/*
 * The service worker of one language, from src/integrations/offline.ts, which
 * writes it to the language's folder in dist/ (/sw.js, /lo/sw.js) with the
 * `plhOffline` settings above this text, and Workbox's injectManifest puts the
 * list of files to keep (with their revisions) at its injection point below.
 * A classic script: Workbox's own runtime, copied beside it, is loaded with
 * importScripts, so no bundler is needed.
 */
/* global workbox, importScripts, plhOffline */
importScripts(`${plhOffline.runtime}workbox-sw.js`);
// Workbox picks its debug build on localhost; readers and tests get the one that is published.
workbox.setConfig({ modulePathPrefix: plhOffline.runtime, debug: false });
const { core, precaching, routing, strategies } = workbox;

// A new version takes over at once: pages come from the network first, and the
// files it keeps have their content's hash in their names, so an open page never
// needs a file the new version dropped.
self.skipWaiting();
core.clientsClaim();

precaching.precache(self.__WB_MANIFEST);
precaching.cleanupOutdatedCaches();

/** The kept copy's key for a page's address: the same page whatever its query or fragment. */
const keptKey = (url) => {
	const page = new URL(url);
	page.search = '';
	page.hash = '';
	return precaching.getCacheKeyForURL(page.href);
};

// Pages: from the network, so a reader online always gets the page as now published;
// the kept copy when the network fails or is slower than the timeout; else the offline page.
routing.registerRoute(
	({ request }) => request.mode === 'navigate',
	new strategies.NetworkFirst({
		cacheName: core.cacheNames.precache,
		networkTimeoutSeconds: plhOffline.networkTimeoutSeconds,
		plugins: [
			{
				cacheKeyWillBeUsed: async ({ request, mode }) => (mode === 'read' ? (keptKey(request.url) ?? request) : request),
				// Only the kept list is stored: pages read online are not, so storage stays within its budget.
				cacheWillUpdate: async () => null,
				handlerDidError: async () => precaching.matchPrecache(plhOffline.offlinePage),
			},
		],
	}),
);

// Styles, scripts and fonts the kept pages need: from the kept copies (their names change with their content).
precaching.addRoute();
