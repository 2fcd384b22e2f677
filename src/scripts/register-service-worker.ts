/**
 * Registers the service worker of the page's language (named by its manifest
 * link, see src/lib/offline/head.ts) once the page has loaded, so it never
 * competes with the page for the connection. The worker's scope is its folder:
 * /lo/sw.js serves /lo/ pages, /sw.js the others.
 */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const worker = document.querySelector<HTMLLinkElement>('link[rel="manifest"][data-service-worker]')?.dataset.serviceWorker;
	if (!worker) return;
	// Reading never depends on the worker: a refused registration (a private window, a full disk) changes nothing.
	const register = () => void navigator.serviceWorker.register(worker).catch(() => undefined);
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
