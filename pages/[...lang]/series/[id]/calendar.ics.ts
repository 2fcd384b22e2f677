/** One series' sessions, as a calendar its members subscribe to. */
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../../../src/i18n/locales.ts';
import { calendarHeaders, calendarSessions, sessionsCalendar } from '../../../../src/lib/calendar/site-calendar.ts';
import { getSiteData } from '../../../../src/lib/site-data.ts';
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
	const body = sessionsCalendar(calendarSessions(site.sessionsBySeries.get(id) ?? [], site.now), {
		site,
		lang,
		t: context.locals.t,
		siteUrl: new URL(context.site ?? 'https://example.org'),
		name: context.locals.t('calendar.seriesName', { series: series?.data.name ?? id }),
		path: paths.seriesCalendar(id, lang),
		nameSeries: false,
		agreed: [site.provisionalBySeries.get(id)].filter((m) => m !== undefined),
	});
	return new Response(body, { headers: calendarHeaders });
}
