/** What's new, as RSS: past sessions and briefs, newest first, in the reader's language. */
import type { APIContext } from 'astro';
import { langFromParam, langParams } from '../../src/i18n/locales.ts';
import { rss } from '../../src/lib/feeds.ts';
import { getSiteData } from '../../src/lib/site-data.ts';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { paths } from '../../src/lib/urls.ts';

export function getStaticPaths() {
	return langParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET(context: APIContext) {
	const lang = langFromParam(context.params.lang);
	const { t } = context.locals;
	const site = await getSiteData();
	const absolute = (path: string) => new URL(path, context.site).href;
	const sample = (isSample: boolean, text: string | undefined) => (isSample ? `${t('sample.badge')}. ${text ?? ''}`.trim() : text);
	const items = [
		...site.past.slice(0, 50).map((session) => ({
			title: session.data.status === 'cancelled' ? t('calendar.cancelledTitle', { title: session.data.title }) : session.data.title,
			url: absolute(paths.session(session.id, lang)),
			date: session.data.date,
			description: sample(session.data.sample, session.data.summary),
		})),
		...site.briefs.map((original) => {
			const brief = site.briefIn(original, lang);
			return {
				title: brief.data.title,
				url: absolute(paths.brief(original.id, lang)),
				date: new Date(`${brief.data.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
				description: sample(brief.data.sample, brief.data.summary),
			};
		}),
	].sort((a, b) => b.date.getTime() - a.date.getTime());
	const settings = siteSettings();
	return new Response(
		rss({
			title: settings.title[lang],
			description: settings.description[lang],
			url: absolute(paths.home(lang)),
			lang,
			items,
		}),
		{ headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
	);
}
