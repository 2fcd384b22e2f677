/** What's new, as RSS: recaps, briefs and Volunteer of the Month, newest first, in the reader's language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../src/i18n/locales.ts';
import { feedItems } from '../../src/lib/feeds/site-feed.ts';
import { getSiteData } from '../../src/lib/site-data.ts';
import { siteSettings } from '../../src/config/site-settings.ts';
import { paths } from '../../src/lib/urls.ts';

export function getStaticPaths() {
	return langParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const site = await getSiteData();
	const siteUrl = new URL(paths.home(lang), context.site ?? 'https://example.org');
	const settings = siteSettings();
	return rss({
		title: settings.title[lang],
		description: settings.description[lang],
		site: siteUrl,
		items: feedItems(site, lang, context.locals.t, siteUrl),
		customData: `<language>${lang}</language>`,
	});
}
