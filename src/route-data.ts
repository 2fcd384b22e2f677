/**
 * Starlight route middleware: what every page's <head> gains beyond
 * Starlight's own: the feed of the page's language, and its share card
 * (Open Graph image with size and alternative text, and the request that
 * has the card drawn after the build), and its language's web app manifest;
 * and, in the sidebar, the language of the links to pages not yet translated.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { defaultLang, isSiteLang, prefixOf } from './i18n/locales.ts';
import { sendCardRequestsEarly } from './lib/cards/early-requests.ts';
import { cardSizes } from './lib/cards/spec.ts';
import { offlineHead } from './lib/offline/head.ts';
import { markFallbackLinks } from './lib/sidebar-fallbacks.ts';
import { getSiteData } from './lib/site-data.ts';
import { pageCard } from './lib/site-cards.ts';
import { paths } from './lib/urls.ts';

// Starlight exports the shape of a page's <head> only as part of its route data.
type HeadConfig = StarlightRouteData['head'];

const ogLocales: Record<string, string> = { en: 'en_GB', lo: 'lo_LA' };

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const lang = isSiteLang(route.lang) ? route.lang : 'en';
	let head: HeadConfig = route.head;
	head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'application/rss+xml', href: paths.feed(lang), title: route.siteTitle },
	});

	// The home page's title is the site's name; Starlight would write it twice ("Hub | Hub").
	if (route.entry.data.title === route.siteTitle) {
		for (const entry of head) if (entry.tag === 'title') entry.content = route.siteTitle;
	}

	if (route.id === '404' || route.id.endsWith('/404')) {
		// A "not found" page has no address of its own to announce, nor translations of one.
		head = route.head = head.filter(
			(entry) => entry.attrs?.property !== 'og:url' && entry.attrs?.rel !== 'canonical' && !entry.attrs?.hreflang,
		);
	}

	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	// The manifest and service worker are written after a build (src/integrations/offline.ts); `npm run dev` has neither.
	if (import.meta.env.PLH_OFFLINE_READING) head.push(...offlineHead(lang, base));
	const prefix = prefixOf(lang);
	const siteData = await getSiteData();
	// Pages with no translation show in this language's sidebar under their original title.
	if (lang !== defaultLang) markFallbackLinks(route.sidebar, siteData.untranslatedDocHrefs.get(lang)!, defaultLang);
	const pagePath = `${context.url.pathname.slice(base.length).replace(prefix ? new RegExp(`^${prefix}/`) : /^/, '')}/`
		.replace(/\/+$/, '/')
		.replace(/^\/$/, '');
	const docPath = route.entry.collection === 'docs' ? route.entry.id.replace(/^lo\//, '') : '';
	const kind = docPath.startsWith('guides/') ? 'guide' : docPath.startsWith('toolkit') ? 'toolkit' : undefined;
	const card = pageCard(
		pagePath,
		{ title: route.entry.data.title, description: route.entry.data.description, lang, ...(kind ? { kind } : {}) },
		siteData,
		context.locals.t,
	);
	const image = new URL(`${base}${card.path}`, context.site ?? context.url).href;
	const { width, height } = cardSizes[card.spec.size];
	for (const entry of head) {
		if (entry.attrs?.property === 'og:locale') entry.attrs.content = ogLocales[lang] ?? lang;
	}
	head.push(
		// Not Pagefind metadata: results show no images, and the card's address would make its words searchable.
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: String(width) } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: String(height) } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: card.alt } },
		{ tag: 'meta', attrs: { name: 'twitter:image:alt', content: card.alt } },
		...Object.entries(ogLocales)
			.filter(([code]) => code !== lang)
			.map(([, locale]) => ({ tag: 'meta' as const, attrs: { property: 'og:locale:alternate', content: locale } })),
	);
	if (!card.drawnForOtherLanguage) {
		sendCardRequestsEarly([card]);
		head.push({
			tag: 'script',
			attrs: { type: 'application/json', 'data-plh-cards': '' },
			content: JSON.stringify([card]).replace(/</g, '\\u003c'),
		});
	}
});
