/**
 * What's new, as RSS items for @astrojs/rss: recaps of sessions that are
 * over, action briefs and Volunteer of the Month, in the reader's language,
 * for the whole site or for one series. Sessions still to come are in the
 * calendars, not here, so no meeting link ever reaches a feed.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { SiteLang } from '../../i18n/locales.ts';
import { formatMonth } from '../format.ts';
import { sessionStart } from '../session-status.ts';
import type { SessionEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import { sessionTitleIn } from '../session-title.ts';
import { plainTextIn } from '../text-in-language.ts';

type Translate = App.Locals['t'];

/** Enough for a reader catching up after months offline, small enough for a slow connection. */
const maxItems = 50;

export function feedItems(site: SiteData, lang: SiteLang, t: Translate, siteUrl: URL, series?: string): RSSFeedItem[] {
	const absolute = (path: string) => new URL(path, siteUrl).href;
	const withSample = (isSample: boolean, text: string | undefined) => (isSample ? `${t('sample.badge')}. ${text ?? ''}`.trim() : text);
	const titled = (session: SessionEntry['data']) => {
		const { title, summary } = sessionTitleIn(session, lang);
		return {
			title: session.status === 'cancelled' ? t('calendar.cancelledTitle', { title }) : title,
			description: withSample(session.sample, summary),
		};
	};
	const sessions = site.past
		.filter((s) => !series || s.data.series === series)
		.map((session) => ({
			...titled(session.data),
			link: absolute(paths.session(session.id, lang)),
			pubDate: sessionStart(session.data),
			categories: [t('nav.sessions')],
		}));
	const briefs = series
		? []
		: site.briefs.map((original) => {
				const brief = site.briefIn(original, lang);
				return {
					title: brief.data.title,
					link: absolute(paths.brief(original.id, lang)),
					pubDate: new Date(`${brief.data.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
					description: withSample(brief.data.sample, brief.data.summary),
					categories: [t('nav.briefs')],
				};
			});
	const awards = site.awards
		.filter((a) => (!series || a.data.series === series) && a.data.month <= site.now.toISOString().slice(0, 7))
		.map((award) => ({
			title: `${t('nav.awards')}: ${site.personLabel(award.data.person, t, lang)} (${formatMonth(award.data.month, lang)})`,
			link: absolute(paths.awardMonth(award.data.month, lang)),
			pubDate: new Date(`${award.data.month}-01T00:00:00Z`),
			description: withSample(award.data.sample, plainTextIn(award.data.citation, lang)),
			categories: [t('nav.awards')],
		}));
	return [...sessions, ...briefs, ...awards].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, maxItems);
}
