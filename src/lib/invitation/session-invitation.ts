/**
 * What an invitation to an upcoming session says, in the language the
 * session is held in: one place for the invitation kit's texts and its
 * cards, so they agree on the date, the zone, the address and on whom they
 * may name (no presenter of a Chatham House session; others as their
 * consent allows).
 */
import { isSiteLang, type SiteLang } from '../../i18n/locales.ts';
import type { UiStringKey } from '../../schemas/ui-strings.ts';
import { publishedPresenters } from '../derive/site-index.ts';
import { formatDate, formatTime, formatZone } from '../format.ts';
import { publishedJoinUrl, sessionStart } from '../session-status.ts';
import type { SessionEntry, SiteData } from '../site-data.ts';
import { paths } from '../urls.ts';
import type { Invitation } from './text.ts';

type T = App.Locals['t'];

/** A string of the site in the invitation's language. */
export type Say = (key: UiStringKey, options?: Record<string, string>) => string;

/** The invitation goes to the group in the language the session is held in, whatever the page's. */
export const invitationLang = (session: SessionEntry, pageLang: SiteLang): SiteLang =>
	isSiteLang(session.data.lang) ? session.data.lang : pageLang;

export function sessionInvitation(
	session: SessionEntry,
	site: SiteData,
	pageLang: SiteLang,
	t: T,
	siteUrl: string | URL,
): { lang: SiteLang; say: Say; invitation: Invitation } {
	const { data } = session;
	const lang = invitationLang(session, pageLang);
	const say: Say = (key, options = {}) => t(key, { ...options, lng: lang });
	const series = site.series.get(data.series)?.data;
	const zone = series?.timezone ?? 'UTC';
	// A postponed session is announced at its new date.
	const start = sessionStart(data);
	const joinUrl = publishedJoinUrl(data, site.now);
	const invitation: Invitation = {
		title: data.title,
		date: formatDate(start, zone, lang),
		time: say('time.inZone', { time: formatTime(start, zone, lang), zone: formatZone(start, zone, lang) }),
		presenters: publishedPresenters(data).map((id) => site.personLabel(id, t, lang)),
		join: [
			joinUrl && say('calendar.joinAt', { url: joinUrl }),
			series?.join?.whatsapp && `${say('join.whatsapp')}: ${series.join.whatsapp}`,
			!joinUrl && !series?.join?.whatsapp && (series?.join?.text?.[lang] ?? series?.joinInfo),
		].filter((line): line is string => Boolean(line)),
		url: new URL(paths.session(session.id, lang), siteUrl).href,
		words: {
			presentedBy: (names) => say('invite.presentedBy', { names }),
			details: (url) => say('invite.details', { url }),
			tomorrow: (when) => say('invite.tomorrow', { when }),
		},
	};
	return { lang, say, invitation };
}
