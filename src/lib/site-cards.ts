/**
 * The share cards of the site's pages: which card each page has, what it
 * says in the reader's language, and where it is written. Used by the route
 * middleware (for og:image), by the award pages (for the post cards) and by
 * the invitation kit of an upcoming session.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSiteLang, prefixOf, type SiteLang } from '../i18n/locales.ts';
import { cardAlt, type CardPerson, type CardRequest, type CardSpec } from './cards/spec.ts';
import { publishedPresenters } from './derive/site-index.ts';
import { yearsInReviewOf } from './derive/year-in-review.ts';
import { sessionStart } from './session-status.ts';
import { countryName, formatDate, formatMonth, formatNumber, formatTime, formatZone } from './format.ts';
import { parseMarkdownFile } from '../loader/frontmatter.ts';
import { presenterLine } from './invitation/text.ts';
import { sessionInvitation } from './invitation/session-invitation.ts';
import { formatPartialDate } from './values/partial-date.ts';
import { initialsOf, isNamed } from './person-label.ts';
import { plainTextIn } from './text-in-language.ts';
import type { PersonEntry, SessionEntry, SiteData } from './site-data.ts';
import { siteSettings } from '../config/site-settings.ts';
import { sessionTitleIn } from './session-title.ts';

type T = App.Locals['t'];

/** The card of the page at `pagePath` (`sessions/x/`, without language prefix) goes to `og/<lo/>sessions/x/card.png`. */
export function cardPath(pagePath: string, lang: SiteLang): string {
	const prefix = prefixOf(lang);
	return `og/${prefix ? `${prefix}/` : ''}${pagePath}card.png`;
}

function base(lang: SiteLang, t: T) {
	const settings = siteSettings();
	return {
		lang,
		site: { name: settings.title[lang], host: new URL(settings.url).host },
		sample: (isSample: boolean) => (isSample ? t('sample.badge') : undefined),
	};
}

/** The photo file of a person, from the project root: read from their file, since Astro keeps only the processed image. */
function photoFile(person: PersonEntry): string | undefined {
	if (!person.data.consent.photo || !person.data.photo || !person.filePath) return undefined;
	const { data } = parseMarkdownFile(readFileSync(person.filePath, 'utf-8'));
	const photo = (data as { photo?: unknown }).photo;
	return typeof photo === 'string' ? join(dirname(person.filePath), photo) : undefined;
}

function cardPerson(id: string, site: SiteData, t: T, lang: SiteLang): CardPerson | undefined {
	const person = site.people.get(id);
	if (!person) return undefined;
	const organisation = site.organisationName(person.data.organisation);
	return {
		label: site.personLabel(id, t, lang),
		detail: isNamed(person.data) ? [plainTextIn(person.data.role, lang), organisation].filter(Boolean).join(', ') : undefined,
		initials: initialsOf(person.data, lang),
		photo: photoFile(person),
	};
}

const request = (path: string, spec: CardSpec): CardRequest => ({ path, spec, alt: cardAlt(spec) });

/** A Volunteer of the Month card: 1200×630 for links, 1080×1080 for a post. */
export function awardCard(awardId: string, size: 'link' | 'square', site: SiteData, lang: SiteLang, t: T): CardRequest | undefined {
	const award = site.awards.find((a) => a.id === awardId);
	if (!award) return undefined;
	const { site: brand, sample } = base(lang, t);
	const prefix = prefixOf(lang);
	const series = site.series.get(award.data.series);
	return request(`cards/${prefix ? `${prefix}/` : ''}awards/${award.id}-${size === 'link' ? 'link' : 'post'}.png`, {
		template: 'award',
		size,
		lang,
		// The link card is short: the series goes up into the kicker.
		kicker:
			size === 'link' ? [t('awards.title'), series?.data.shortName ?? series?.data.name].filter(Boolean).join(' · ') : t('awards.title'),
		title: formatMonth(award.data.month, lang),
		person: cardPerson(award.data.person, site, t, lang),
		lines: size === 'link' ? [] : [series?.data.name ?? ''],
		quote: plainTextIn(award.data.citation, lang),
		sampleLabel: sample(award.data.sample),
		site: brand,
	});
}

/**
 * The invitation cards of an upcoming session: a square one to post in a
 * group or a feed and a link-sized one, with a QR code that opens the
 * session's page. They say what the invitation kit's texts say, in the same
 * language, so the session's pages in both languages share one pair when the
 * session is held in a language of the site.
 */
export function invitationCards(session: SessionEntry, site: SiteData, pageLang: SiteLang, t: T, siteUrl: string | URL): CardRequest[] {
	const { lang, say, invitation } = sessionInvitation(session, site, pageLang, t, siteUrl);
	const series = site.series.get(session.data.series)?.data;
	const prefix = prefixOf(lang);
	return (['square', 'link'] as const).map((size) =>
		request(`cards/${prefix ? `${prefix}/` : ''}sessions/${session.id}-invitation-${size === 'square' ? 'post' : 'link'}.png`, {
			template: 'invitation',
			size,
			lang,
			kicker: [say('invite.cardKicker'), series?.shortName ?? series?.name].filter(Boolean).join(' · '),
			title: invitation.title,
			titleLang: session.data.lang === lang ? undefined : session.data.lang,
			lines: [invitation.date, invitation.time, presenterLine(invitation)].filter((line): line is string => Boolean(line)),
			qr: { url: invitation.url, caption: say('invite.scan') },
			sampleLabel: session.data.sample ? say('sample.badge') : undefined,
			site: base(lang, t).site,
		}),
	);
}

/** The Open Graph card of a page, from what the page shows. */
export function pageCard(
	pagePath: string,
	page: { title: string; description?: string | undefined; lang: SiteLang; kind?: 'guide' | 'toolkit' },
	site: SiteData,
	t: T,
): CardRequest {
	const { lang } = page;
	const { site: brand, sample } = base(lang, t);
	const path = cardPath(pagePath, lang);
	const [section, id, sub] = pagePath.split('/');
	const common = { size: 'link' as const, lang, site: brand };

	if (section === 'series' && id && sub && /^\d{4}$/.test(sub)) {
		const review = yearsInReviewOf(site).review(id, Number(sub));
		const series = site.series.get(id);
		if (review && series) {
			const n = (value: number) => formatNumber(value, lang);
			const { attendance, commitments } = review;
			return request(path, {
				...common,
				template: 'page',
				kicker: [t('review.heading'), series.data.shortName ?? series.data.name].join(' · '),
				title: t('review.title', { series: series.data.name, year: sub }),
				lines: [
					[
						`${t('review.sessionsHeld')}: ${n(review.sessions.length)}`,
						...(attendance.recorded ? [`${t('review.attendanceTotal')}: ${n(attendance.total)}`] : []),
					].join(' · '),
					[
						`${t('review.commitmentsMade')}: ${n(commitments.made)}`,
						`${t('review.commitmentsCompleted')}: ${n(commitments.completed)}`,
					].join(' · '),
				],
				sampleLabel: sample(series.data.sample),
			});
		}
	}

	if (section === 'sessions' && id) {
		const session = site.sessions.find((s) => s.id === id);
		if (session) {
			const series = site.series.get(session.data.series);
			const zone = series?.data.timezone ?? 'UTC';
			const presenters = publishedPresenters(session.data).map((p) => site.personLabel(p, t, lang));
			// A postponed session's card shows the day it moved to, as its page does.
			const start = sessionStart(session.data);
			const when = `${formatDate(start, zone, lang)}, ${t('time.inZone', { time: formatTime(start, zone, lang), zone: formatZone(start, zone, lang) })}`;
			// A recap is written in one language, so its pages in every language share one card, drawn in
			// that language: half the cards to draw, and most of a large site's cards are sessions.
			// A session translated into the page's language has its own card, with the translated title.
			const shown = sessionTitleIn(session.data, lang);
			const owner = shown.original || !isSiteLang(session.data.lang) ? lang : session.data.lang;
			const card = request(cardPath(pagePath, owner), {
				...common,
				template: 'session',
				kicker: [t('search.type.session'), series?.data.shortName ?? series?.data.name].filter(Boolean).join(' · '),
				title: shown.title,
				titleLang: shown.titleLang === lang ? undefined : shown.titleLang,
				lines: [when, [t(`approach.${session.data.approach}`), ...presenters].join(' · ')],
				sampleLabel: sample(session.data.sample),
			});
			return owner === lang ? card : { ...card, drawnForOtherLanguage: true };
		}
	}
	if (section === 'briefs' && id) {
		const original = site.briefs.find((b) => b.id === id);
		if (original) {
			const brief = site.briefIn(original, lang);
			return request(path, {
				...common,
				template: 'brief',
				kicker: [t('search.type.brief'), countryName(brief.data.country, lang)].join(' · '),
				title: brief.data.title,
				titleLang: brief.data.lang === lang ? undefined : brief.data.lang,
				lines: [
					[...brief.data.themes, ...brief.data.subThemes].map((theme) => site.themeLabel(theme, lang)).join(' · '),
					formatPartialDate(brief.data.date, lang),
				],
				sampleLabel: sample(brief.data.sample),
			});
		}
	}
	if (section === 'people' && id && site.people.has(id)) {
		const person = site.people.get(id)!;
		const presented = site.presented.get(id)?.length ?? 0;
		return request(path, {
			...common,
			template: 'person',
			kicker: t('search.type.person'),
			title: site.personLabel(id, t, lang),
			person: {
				...cardPerson(id, site, t, lang)!,
				label: plainTextIn(person.data.role, lang),
				detail: site.organisationName(person.data.organisation),
			},
			lines: presented ? [`${t('person.presented')}: ${t('sessions.count', { count: presented })}`] : [],
			sampleLabel: sample(person.data.sample),
		});
	}
	if (section === 'awards' && id) {
		const awards = site.awards.filter((a) => a.data.month === id);
		if (awards.length === 1) return { ...awardCard(awards[0]!.id, 'link', site, lang, t)!, path };
	}
	const entity =
		section === 'series'
			? site.series.get(id ?? '')
			: section === 'organisations'
				? site.organisations.get(id ?? '')
				: section === 'benchmarks'
					? site.loop.benchmark(id ?? '')?.session
					: undefined;
	return request(path, {
		...common,
		sampleLabel: sample(entity?.data.sample ?? false),
		template: page.kind ? 'doc' : 'page',
		kicker: page.kind ? t(page.kind === 'guide' ? 'nav.guides' : 'nav.toolkit') : brand.name,
		title: page.title,
		quote: page.description,
	});
}
