/** One series' recaps and its Volunteers of the Month, as RSS in the reader's language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../../../src/i18n/locales.ts';
import { feedItems } from '../../../../src/lib/feeds/site-feed.ts';
import { getSiteData } from '../../../../src/lib/site-data.ts';
import { plainTextIn } from '../../../../src/lib/text-in-language.ts';
import { paths } from '../../../../src/lib/urls.ts';

export async function getStaticPaths() {
	const site = await getSiteData();
	return langParams().flatMap(({ lang }) => [...site.series.keys()].map((id) => ({ params: { lang, id } })));
}

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const id = context.params.id ?? '';
	const site = await getSiteData();
	const series = site.series.get(id);
	const siteUrl = new URL(paths.series(id, lang), context.site ?? 'https://example.org');
	return rss({
		title: series?.data.name ?? id,
		description: series ? plainTextIn(series.data.description, lang) : '',
		site: siteUrl,
		items: feedItems(site, lang, context.locals.t, siteUrl, id),
		customData: `<language>${lang}</language>`,
	});
}
