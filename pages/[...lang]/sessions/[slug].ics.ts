/** One session as a calendar file, to download and open once (no subscription). */
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../../src/i18n/locales.ts';
import { calendarHeaders, sessionsCalendar } from '../../../src/lib/calendar/site-calendar.ts';
import { getSiteData } from '../../../src/lib/site-data.ts';
import { paths } from '../../../src/lib/urls.ts';

export async function getStaticPaths() {
	const site = await getSiteData();
	return langParams().flatMap(({ lang }) => site.sessions.map((session) => ({ params: { lang, slug: session.id } })));
}

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const site = await getSiteData();
	const session = site.sessions.find((s) => s.id === context.params.slug);
	const body = sessionsCalendar(session ? [session] : [], {
		site,
		lang,
		t: context.locals.t,
		siteUrl: new URL(context.site ?? 'https://example.org'),
		name: session?.data.title ?? '',
		path: paths.sessionCalendar(context.params.slug ?? '', lang),
		nameSeries: true,
	});
	return new Response(body, { headers: calendarHeaders });
}
