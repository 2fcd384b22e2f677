/**
 * Starlight route middleware: what every page's <head> gains beyond
 * Starlight's own (the feed of the page's language).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isSiteLang } from './i18n/locales.ts';
import { paths } from './lib/urls.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = isSiteLang(route.lang) ? route.lang : 'en';
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'application/rss+xml', href: paths.feed(lang), title: route.siteTitle },
	});
});
