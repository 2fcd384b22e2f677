/** The sessions to come (and those of the last three months), as a calendar to subscribe to. */
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../src/i18n/locales.ts';
import { ics } from '../../src/lib/feeds.ts';
import { getSiteData } from '../../src/lib/site-data.ts';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { paths } from '../../src/lib/urls.ts';

export function getStaticPaths() {
	return langParams().map(({ lang }) => ({ params: { lang } }));
}

const recentDays = 92;

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const site = await getSiteData();
	const since = site.now.getTime() - recentDays * 24 * 3600 * 1000;
	const sessions = site.sessions.filter((s) => s.data.date.getTime() >= since).reverse();
	const host = new URL(context.site ?? 'https://example.org').host;
	const events = sessions.map((session) => {
		const series = site.series.get(session.data.series);
		return {
			uid: `${session.id}@${host}`,
			title: series ? `${session.data.title} (${series.data.shortName ?? series.data.name})` : session.data.title,
			start: session.data.date,
			durationMinutes: session.data.durationMinutes,
			url: new URL(paths.session(session.id, lang), context.site).href,
			description: session.data.summary,
			location: session.data.format === 'online' ? context.locals.t('format.online') : session.data.place,
		};
	});
	return new Response(ics(siteSettings().title[lang], events, site.now), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
}
