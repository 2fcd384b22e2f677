/** Every series' sessions to come (and those of the last three months), as a calendar to subscribe to. */
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../src/i18n/locales.ts';
import { calendarHeaders, calendarSessions, sessionsCalendar } from '../../src/lib/calendar/site-calendar.ts';
import { getSiteData } from '../../src/lib/site-data.ts';
import { siteSettings } from '../../src/config/site-settings.ts';
import { paths } from '../../src/lib/urls.ts';

export function getStaticPaths() {
	return langParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const site = await getSiteData();
	const body = sessionsCalendar(calendarSessions(site.sessions, site.now), {
		site,
		lang,
		t: context.locals.t,
		siteUrl: new URL(context.site ?? 'https://example.org'),
		name: siteSettings().title[lang],
		path: paths.calendar(lang),
		nameSeries: true,
		agreed: [...site.provisionalBySeries.values()],
	});
	return new Response(body, { headers: calendarHeaders });
}
