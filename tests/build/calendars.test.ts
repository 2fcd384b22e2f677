/**
 * Upcoming and past, statuses and calendars, on the small fixture site with
 * a postponed, a cancelled and an upcoming Chatham House session laid over
 * it, built twice: with "now" before those sessions (the shared overlaid site,
 * which carries the search and plans fixtures too) and after them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingGlyphs } from '../../src/lib/cards/fonts.ts';
import { withoutEmoji } from '../../src/lib/cards/text.ts';
import { cardTexts, lastCardBuild, pngSize } from '../support/card-builds.ts';
import { filesContaining, listDist } from '../support/dist-files.ts';
import { canonicalUrl, readQrCode } from '../support/qr-code.ts';
import { openSite, type SiteInBrowser } from '../../scripts/browser/site-in-browser.ts';
import { buildSite, fixturesDir, prepareSite, runScript, sharedSite, testNow, type SiteCopy } from '../support/site-build.ts';

const before = testNow; // 2026-11-22
const after = '2027-02-01T00:00:00Z';

function reader(site: SiteCopy) {
	const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf-8');
	const text = (markup: string) =>
		markup
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
	const main = (path: string) => text(/<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '');
	/** The text between a heading with this id and the next heading of the same level or the end of main. */
	const section = (path: string, id: string) => {
		const page = /<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '';
		const start = page.indexOf(`id="${id}"`);
		if (start < 0) return undefined;
		const level = /<h(\d)[^>]*$/.exec(page.slice(0, start))?.[1] ?? '2';
		const rest = page.slice(start);
		const end = rest.slice(1).search(new RegExp(`<h[1-${level}][\\s>]`));
		return text(end < 0 ? rest : rest.slice(0, end + 1));
	};
	const calendar = (file: string) => {
		const component = ICAL.Component.fromString(readFileSync(join(site.dist, file), 'utf-8'));
		const events = component.getAllSubcomponents('vevent');
		const byUid = (uid: string) => events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${uid}@`));
		return { component, events, byUid };
	};
	/** An RSS file, validated as XML and read by a second parser. */
	const feed = (file: string) => {
		const xml = readFileSync(join(site.dist, file), 'utf-8');
		// Throws at the line and column of the first syntax error.
		expect(SyntaxValidator.validate(xml), file).toBe(true);
		const channel = (new XMLParser().parse(xml) as { rss: { channel: { language: string; item?: unknown } } }).rss.channel;
		const items = ([] as { title: string; link: string; pubDate: string }[]).concat((channel.item ?? []) as never);
		return { channel, items, titles: items.map((i) => String(i.title)) };
	};
	/** The invitation kit's cards on a page: each picture's attributes and the link to download it. */
	const kitCards = (path: string) => {
		const kit = /<section[^>]*data-invitation-kit[\s\S]*?<\/section>/.exec(html(path))?.[0] ?? '';
		return [...kit.matchAll(/<figure[^>]*>([\s\S]*?)<\/figure>/g)].map(([, figure]) => {
			const img = attributes(/<img [^>]*>/.exec(figure!)![0]);
			const link = /<a ([^>]*)>([\s\S]*?)<\/a>/.exec(figure!)!;
			const a = attributes(`<a ${link[1]}>`);
			return {
				src: img.src!.replace(/^\//, ''),
				alt: img.alt!,
				lang: img.lang,
				loading: img.loading,
				width: Number(img.width),
				height: Number(img.height),
				size: a['data-invitation-card'],
				download: a.download !== undefined ? a.href!.replace(/^\//, '') : undefined,
				linkText: text(link[2]!).trim(),
			};
		});
	};
	return { html, main, section, calendar, feed, kitCards };
}

/** The attributes of one tag, entities decoded. */
function attributes(tag: string): Record<string, string> {
	const decode = (value: string) =>
		value
			.replace(/&#39;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	return Object.fromEntries([...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, decode(value ?? '')]));
}

function build(name: string, now: string) {
	const site = prepareSite(name, join(fixturesDir, 'small-site'), [join(fixturesDir, 'calendar-overlay')]);
	buildSite(site, { PLH_NOW: now });
	return site;
}

/** The "before" build, which the browser scenarios open too (describe blocks run in order). */
let beforeSite: SiteCopy | undefined;

const postponed = '2026-12-10-postponed-plp';
const cancelled = '2026-12-12-cancelled-hangout';
const chathamUpcoming = '2027-01-14-chatham-upcoming';

describe('with "now" before the sessions', () => {
	let site: SiteCopy;
	let read: ReturnType<typeof reader>;
	beforeAll(async () => {
		site = await sharedSite('overlaid-site');
		read = reader(site);
		beforeSite = site;
	});

	it('separates a series’ sessions into "Coming up" and "Past", in English and in Lao', () => {
		const upcoming = read.section('series/plp-group', 'upcoming')!;
		const past = read.section('series/plp-group', 'past')!;
		expect(upcoming).toContain('Coming up');
		expect(upcoming).toContain('Writing a budget narrative');
		expect(upcoming).toContain('When a board member leaves');
		expect(upcoming).not.toContain('Keeping staff when a grant ends');
		expect(past).toContain('Past');
		expect(past).toContain('Keeping staff when a grant ends');
		expect(past).not.toContain('Writing a budget narrative');
		expect(read.section('lo/series/plp-group', 'upcoming')).toContain('ກອງປະຊຸມທີ່ຈະມາເຖິງ');
		expect(read.section('lo/series/plp-group', 'past')).toContain('ທີ່ຜ່ານມາ');
	});

	it('lists the sessions to come on the home page under "Coming up", apart from the latest past ones', () => {
		expect(read.section('', 'upcoming')).toContain('Writing a budget narrative');
		expect(read.section('', 'latest')).not.toContain('Writing a budget narrative');
		expect(read.section('', 'latest')).toContain('Board reporting benchmark');
	});

	it('says an upcoming Chatham House session will be held under the rule, and a past one was', () => {
		expect(read.main(`sessions/${chathamUpcoming}`)).toContain('This session will be held under the Chatham House Rule');
		expect(read.main(`sessions/${chathamUpcoming}`)).not.toContain('was held');
		expect(read.main('sessions/2026-04-16-chatham-als')).toContain('This session was held under the Chatham House Rule');
		expect(read.main(`lo/sessions/${chathamUpcoming}`)).toContain('ກອງປະຊຸມນີ້ຈະຈັດຂຶ້ນ');
	});

	it('counts as presented only sessions that took place, and lists those to come apart', () => {
		// Presenter Quillon presented three sessions (one of them the plans fixture's); three more are to come (one of
		// them cancelled).
		expect(read.main('people')).toMatch(/Presenter Quillon Sample · Presented by: 3 ·/);
		const person = read.main('people/named-presenter');
		expect(person).toMatch(/Will present .*Writing a budget narrative.* Presented .*Board reporting benchmark/);
		expect(read.main('organisations/member-cso')).toMatch(
			/Will host .*When a board member leaves.* Its staff will present .*Writing a budget narrative/,
		);
	});

	it('shows a postponed session at its new date, with the first date and a notice', () => {
		const page = read.main(`sessions/${postponed}`);
		expect(page).toContain('This session was postponed from 10 Dec 2026 to 17 Dec 2026.');
		expect(page).toContain('Thursday, 17 December 2026, 10:00');
		expect(page).toContain('First planned for Thursday, 10 December 2026');
		expect(read.main('series/plp-group')).toContain('Postponed to 17 Dec 2026');
	});

	it('shows a cancelled session as cancelled, with nothing to add to a calendar', () => {
		const page = read.main(`sessions/${cancelled}`);
		expect(page).toContain('This session is cancelled: it will not take place.');
		expect(page).not.toContain('This session has not happened yet');
		expect(read.html(`sessions/${cancelled}`)).not.toContain('data-add-to-calendar');
		expect(read.main('series/lao-hangouts')).toContain('Cancelled');
		expect(read.main(`lo/sessions/${cancelled}`)).toContain('ກອງປະຊຸມນີ້ຖືກຍົກເລີກ');
	});

	it('offers an upcoming session to a calendar: its .ics, Google Calendar, Outlook and the series subscription', () => {
		const page = read.html(`sessions/${postponed}`);
		expect(page).toContain(`href="/sessions/${postponed}.ics"`);
		const google = /href="(https:\/\/calendar\.google\.com[^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');
		expect(new URL(google).searchParams.get('dates')).toBe('20261217T090000Z/20261217T103000Z');
		expect(page).toMatch(/href="https:\/\/outlook\.live\.com\/calendar\/0\/action\/compose\?[^"]*startdt=2026-12-17T09/);
		expect(page).toMatch(/href="webcal:\/\/[^"]+\/series\/plp-group\/calendar\.ics"/);
		expect(read.main(`sessions/${postponed}`)).toContain('Google Calendar ignores reminders in calendars you subscribe to');
		expect(read.html('series/plp-group')).toMatch(/href="webcal:\/\/[^"]+\/series\/plp-group\/calendar\.ics"/);
		expect(read.html('lo/series/plp-group')).toMatch(/href="webcal:\/\/[^"]+\/lo\/series\/plp-group\/calendar\.ics"/);
	});

	it('says how to join a series in the reader’s language, with its WhatsApp group, email and form', () => {
		const page = read.html('series/plp-group');
		expect(read.section('series/plp-group', 'join')).toContain('Speak to the next facilitator.');
		expect(page).toContain('href="https://chat.whatsapp.com/FixtureInvite123"');
		expect(page).toContain('href="mailto:plp@example.org"');
		expect(page).toContain('href="https://forms.example.org/plp-group"');
		const lo = read.section('lo/series/plp-group', 'join')!;
		expect(lo).toContain('ລົມກັບຜູ້ອຳນວຍຄວາມສະດວກຄັ້ງຕໍ່ໄປ.');
		expect(lo).toContain('ເຂົ້າຮ່ວມກຸ່ມ WhatsApp');
		expect(read.section('series/lao-hangouts', 'join')).toContain('Ask the secretariat.');
	});

	it('publishes the join link of an upcoming session on its page and in its calendars', () => {
		expect(read.html(`sessions/${postponed}`)).toContain('href="https://meet.example.org/join-link-canary"');
		for (const file of ['calendar.ics', 'lo/calendar.ics', 'series/plp-group/calendar.ics', `sessions/${postponed}.ics`]) {
			expect(String(read.calendar(file).byUid(postponed)!.getFirstPropertyValue('description')), file).toContain(
				'https://meet.example.org/join-link-canary',
			);
		}
	});

	it('writes calendars a second library reads: zones, statuses, sequences, alarms and the same UIDs in both languages', () => {
		const all = read.calendar('calendar.ics');
		const moved = all.byUid(postponed)!;
		const start = moved.getFirstProperty('dtstart')!;
		expect(start.getParameter('tzid')).toBe('Africa/Lagos');
		expect((start.getFirstValue() as ICAL.Time).toString()).toBe('2026-12-17T10:00:00');
		expect(moved.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(moved.getFirstPropertyValue('sequence')).toBe(1);
		expect(moved.getAllSubcomponents('valarm')).toHaveLength(2);
		expect(moved.getFirstProperty('url')!.type).toBe('uri');
		const gone = all.byUid(cancelled)!;
		expect(gone.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(gone.getFirstPropertyValue('sequence')).toBe(1);
		expect(gone.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Vientiane');
		expect(gone.getAllSubcomponents('valarm')).toHaveLength(0);
		expect(
			all.component
				.getAllSubcomponents('vtimezone')
				.map((z) => z.getFirstPropertyValue('tzid'))
				.sort(),
		).toEqual(['Africa/Lagos', 'Asia/Vientiane']);
		const lo = read.calendar('lo/calendar.ics');
		expect(lo.events.map((e) => e.getFirstPropertyValue('uid')).sort()).toEqual(
			all.events.map((e) => e.getFirstPropertyValue('uid')).sort(),
		);
		expect(String(lo.byUid(cancelled)!.getFirstPropertyValue('summary'))).toMatch(/^ຍົກເລີກ: /);
		expect(String(lo.byUid(postponed)!.getFirstPropertyValue('url'))).toContain('/lo/sessions/');
	});

	it('lists the next meeting a recap agreed as provisional under "Coming up", and in the calendars as TENTATIVE', () => {
		const upcoming = read.section('series/plp-group', 'upcoming')!;
		expect(upcoming).toContain('Agreed topic of the next meeting Provisional');
		expect(upcoming).toContain('Thursday, 28 January 2027');
		expect(upcoming).toContain('Presenter Quillon');
		expect(upcoming).toContain('Agreed at the meeting of 5 Nov 2026; details to be confirmed.');
		expect(read.section('lo/series/plp-group', 'upcoming')).toContain('ຍັງບໍ່ຢືນຢັນ');
		for (const file of ['series/plp-group/calendar.ics', 'calendar.ics', 'lo/calendar.ics']) {
			const event = read.calendar(file).byUid('agreed-plp-group-2027-01-28')!;
			expect(event.getFirstPropertyValue('status'), file).toBe('TENTATIVE');
			const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
			expect([start.isDate, start.toString()]).toEqual([true, '2027-01-28']);
		}
		expect(
			String(read.calendar('series/plp-group/calendar.ics').byUid('agreed-plp-group-2027-01-28')!.getFirstPropertyValue('summary')),
		).toBe('Agreed topic of the next meeting (provisional)');
	});

	it('offers an invitation in the session’s language: weekday, time in the series’ zone, presenter, how to join, the page', () => {
		const invitation = (path: string, kind: string) => {
			const markup = new RegExp(`<textarea[^>]*data-invitation="${kind}"[^>]*>([\\s\\S]*?)</textarea>`).exec(read.html(path))?.[1];
			return markup?.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		};
		expect(invitation(`sessions/${postponed}`, 'whatsapp')).toMatch(
			new RegExp(
				[
					'^\\*Writing a budget narrative\\*',
					'Thursday, 17 December 2026, 10:00 \\(West Africa Time, GMT\\+1\\)',
					'Presented by Presenter Quillon',
					'Join online: https://meet.example.org/join-link-canary',
					'Join the WhatsApp group: https://chat.whatsapp.com/FixtureInvite123',
					'Details: https?://[^/]+/sessions/2026-12-10-postponed-plp/$',
				].join('\n'),
			),
		);
		expect(invitation(`sessions/${postponed}`, 'facebook')).toMatch(/^Writing a budget narrative\n/);
		expect(invitation(`sessions/${postponed}`, 'reminder')).toMatch(/^Reminder: tomorrow, Thursday, 17 December 2026, 10:00/);
		// A Lao session is announced in Lao, on the English page too.
		const lao = invitation('sessions/2026-12-04-upcoming', 'whatsapp')!;
		expect(lao).toContain('ວັນສຸກ');
		expect(lao).toContain('ນຳສະເໜີໂດຍ ເພຣເຊັນເຕີ ຄວິລລອນ');
		expect(lao).toContain('/lo/sessions/2026-12-04-upcoming/');
		expect(invitation('lo/sessions/2026-12-04-upcoming', 'whatsapp')).toBe(lao);
		// No presenter is named for a Chatham House session.
		expect(invitation(`sessions/${chathamUpcoming}`, 'whatsapp')).not.toContain('Presenter Quillon');
		expect(invitation(`sessions/${chathamUpcoming}`, 'whatsapp')).not.toContain('Presented by');
		expect(read.html(`sessions/${cancelled}`)).not.toContain('data-invitation-kit');
		expect(read.kitCards(`lo/sessions/${cancelled}`)).toEqual([]);
		expect(listDist(site.dist).filter((file) => file.includes(`sessions/${cancelled}-invitation`))).toEqual([]);
		expect(read.html('sessions/2026-06-18-benchmark')).not.toContain('data-invitation-kit');
		expect(read.html(`sessions/${postponed}`)).toMatch(/href="https:\/\/wa\.me\/\?text=\*Writing%20a%20budget%20narrative\*%0AThursday/);
	});

	it('shows a square and a link invitation card, lazy and sized, whose QR code opens the session’s page in its language', async () => {
		for (const [page, target] of [
			[`sessions/${postponed}`, `sessions/${postponed}`],
			['sessions/2026-12-04-upcoming', 'lo/sessions/2026-12-04-upcoming'],
			['lo/sessions/2026-12-04-upcoming', 'lo/sessions/2026-12-04-upcoming'],
		] as const) {
			const cards = read.kitCards(page);
			expect(cards.map((card) => card.size)).toEqual(['square', 'link']);
			for (const card of cards) {
				const png = readFileSync(join(site.dist, card.src));
				expect(pngSize(png), card.src).toEqual(card.size === 'square' ? { width: 1080, height: 1080 } : { width: 1200, height: 630 });
				// The page reserves the card's shape before the picture arrives.
				expect({ width: card.width, height: card.height }).toEqual(pngSize(png));
				expect(card.loading).toBe('lazy');
				expect(card.download).toBe(card.src);
				expect(card.linkText).toContain(`${card.width} × ${card.height}`);
				expect(await readQrCode(png), card.src).toBe(canonicalUrl(read.html(target)));
			}
		}
		// A Lao session is announced in Lao on both of its pages, with one pair of cards.
		const lao = read.kitCards('sessions/2026-12-04-upcoming');
		expect(lao.map((card) => card.src)).toEqual(read.kitCards('lo/sessions/2026-12-04-upcoming').map((card) => card.src));
		expect(lao[0]!.lang).toBe('lo');
		expect(lao[0]!.alt).toContain('ວັນສຸກ, 4 ທັນວາ 2026');
		expect(lao[0]!.alt).toContain('ນຳສະເໜີໂດຍ ເພຣເຊັນເຕີ ຄວິລລອນ');
		expect(read.kitCards('lo/sessions/2026-12-04-upcoming')[0]!.linkText).toContain('ດາວໂຫຼດ');
		// A postponed session is announced at its new date.
		const moved = read.kitCards(`sessions/${postponed}`)[0]!.alt;
		expect(moved).toContain('Thursday, 17 December 2026');
		expect(moved).not.toContain('10 December');
		expect(moved).toContain('Presented by Presenter Quillon');
		// Its page's share card too.
		const shareCard = lastCardBuild(site).requests.find((r) => r.spec.template === 'session' && r.path.includes(postponed));
		expect(cardTexts(shareCard!.spec).join(' ')).toContain('17 Dec');
		expect(cardTexts(shareCard!.spec).join(' ')).not.toContain('10 Dec');
	});

	it('draws the Lao invitation cards with a glyph for every character, as every card', () => {
		const lao = lastCardBuild(site).requests.filter((r) => r.spec.template === 'invitation' && r.spec.lang === 'lo');
		expect(lao.map((r) => r.spec.size).sort()).toEqual(['link', 'square']);
		for (const { path, spec } of lao) {
			expect(spec.title, path).toMatch(/\p{Script=Lao}/u);
			expect(spec.qr?.caption, path).toMatch(/\p{Script=Lao}/u);
			for (const text of cardTexts(spec)) if (text) expect(missingGlyphs(withoutEmoji(text)), `${path}: ${text}`).toEqual([]);
		}
	});

	it('names no presenter in the invitation kit or on the cards of a Chatham House session', () => {
		const kit = /<section[^>]*data-invitation-kit[\s\S]*?<\/section>/.exec(read.html(`sessions/${chathamUpcoming}`))![0];
		expect(kit).not.toContain('Quillon');
		// Its share card as well as its invitation cards.
		const cards = lastCardBuild(site).requests.filter((r) => r.path.includes(chathamUpcoming));
		const invitations = cards.filter((r) => r.spec.template === 'invitation');
		expect(invitations.map((r) => r.path).sort()).toEqual(
			read
				.kitCards(`sessions/${chathamUpcoming}`)
				.map((card) => card.src)
				.sort(),
		);
		for (const card of cards) {
			expect(JSON.stringify(card), card.path).not.toContain('Quillon');
			expect(JSON.stringify(card), card.path).not.toContain('Presented by');
		}
	});

	it('writes RSS feeds per language and per series with recaps, briefs and Volunteer of the Month, nothing to come', () => {
		const en = read.feed('feed.xml');
		expect(en.channel.language).toBe('en');
		expect(en.titles).toContain('Sharing office costs');
		expect(en.titles).toContain('Board reporting benchmark');
		expect(en.titles.some((t) => t.startsWith('Volunteer of the Month: '))).toBe(true);
		expect(en.titles.some((t) => t.includes('Writing a budget narrative'))).toBe(false);
		expect(en.items.length).toBeGreaterThan(3);
		const dates = en.items.map((i) => new Date(i.pubDate).getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		const lo = read.feed('lo/feed.xml');
		expect(lo.channel.language).toBe('lo');
		expect(lo.items.every((i) => i.link.includes('/lo/'))).toBe(true);
		const series = read.feed('series/plp-group/feed.xml');
		expect(series.titles).toContain('Sharing office costs');
		expect(series.titles.some((t) => t.startsWith('ການລ້ຽງລູກ'))).toBe(false);
		expect(read.html('series/plp-group')).toContain('href="/series/plp-group/feed.xml"');
	});

	it('gives each series a calendar of its own sessions, and each session a file of its own', () => {
		const series = read.calendar('series/plp-group/calendar.ics');
		expect(series.component.getFirstPropertyValue('x-wr-calname')).toBe('Fixture PLP Group');
		expect(series.component.getFirstPropertyValue('x-wr-timezone')).toBe('Africa/Lagos');
		expect(series.byUid(postponed)).toBeDefined();
		expect(series.byUid(cancelled)).toBeUndefined();
		const one = read.calendar(`sessions/${chathamUpcoming}.ics`);
		expect(one.events).toHaveLength(1);
		expect(one.byUid(chathamUpcoming)!.getFirstPropertyValue('location')).toBe('Kaduna · Online');
		expect(listDist(site.dist).filter((f) => /^(lo\/)?sessions\/[^/]+\.ics$/.test(f))).toHaveLength(2 * 10);
	});
});

describe('the invitation kit in Chromium', () => {
	let web: SiteInBrowser;
	beforeAll(async () => {
		web = await openSite(beforeSite!.dist, { permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(async () => {
		await web?.close();
	});

	for (const [name, path, expected] of [
		['English', `sessions/${postponed}/`, '*Writing a budget narrative*\nThursday, 17 December 2026'],
		['Lao', 'lo/sessions/2026-12-04-upcoming/', '*ການສື່ສານຜ່ານສື່ສັງຄົມ*\nວັນສຸກ, 4 ທັນວາ 2026'],
	] as const) {
		it(`copies the ${name} WhatsApp invitation to the clipboard with its button`, async () => {
			const page = await web.newPage();
			await page.goto(web.url(path));
			const button = page.locator('button[data-copy="whatsapp"]');
			await button.click();
			await page.locator('[data-copy-status]:not(:empty)').waitFor();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.startsWith(expected)).toBe(true);
			expect(copied).toBe(await page.locator('textarea[data-invitation="whatsapp"]').inputValue());
			expect(page.problems).toEqual([]);
			await page.close();
		});
	}
});

describe('with "now" after the sessions', () => {
	let site: SiteCopy;
	let read: ReturnType<typeof reader>;
	beforeAll(() => {
		site = build('calendars-after', after);
		read = reader(site);
	});

	it('offers no invitation kit and no calendar links on a session that has ended', () => {
		expect(filesContaining(site.dist, 'data-invitation-kit')).toEqual([]);
		expect(filesContaining(site.dist, 'data-add-to-calendar')).toEqual([]);
	});

	it('draws no invitation card for a session that has ended', () => {
		expect(filesContaining(site.dist, 'data-invitation-card')).toEqual([]);
		expect(listDist(site.dist).filter((file) => /^cards\/(lo\/)?sessions\//.test(file))).toEqual([]);
		expect(lastCardBuild(site).requests.filter((r) => r.spec.template === 'invitation')).toEqual([]);
	});

	it('removes the join link from every page, feed and calendar once the session has ended', () => {
		expect(filesContaining(site.dist, 'join-link-canary')).toEqual([]);
	});

	it('moves the sessions to "Past" and says nothing is coming up', () => {
		expect(read.section('series/plp-group', 'upcoming')).toContain('No session is scheduled yet.');
		const past = read.section('series/plp-group', 'past')!;
		expect(past).toContain('Writing a budget narrative');
		expect(past).toContain('When a board member leaves');
	});

	it('lists the ended sessions on the home page among the latest, not under "Coming up"', () => {
		expect(read.section('', 'upcoming')).not.toContain('Writing a budget narrative');
		expect(read.section('', 'latest')).toContain('Writing a budget narrative');
	});

	it('drops an agreed meeting whose day has passed, and npm run check warns about it without failing', () => {
		expect(read.main('series/plp-group')).not.toContain('Agreed topic of the next meeting');
		expect(read.calendar('calendar.ics').byUid('agreed-plp-group-2027-01-28')).toBeUndefined();
		const check = runScript(site, 'check', { PLH_NOW: after });
		expect(check.status).toBe(0);
		expect(check.stdout.trim().split('\n')).toEqual([
			'warning: content/sessions/2026-11-05-agreeing-next.md:11: next.date: found "2027-01-28", a day that has passed with no session file of plp-group for it; expected that meeting\'s file (content/sessions/2027-01-28-<topic>.md), or the date it moved to in next.date',
		]);
		expect(runScript(site, 'check', { PLH_NOW: before }).stdout).not.toContain('warning');
	});

	it('puts ended sessions in the feed, a cancelled one marked as cancelled', () => {
		const titles = read.feed('feed.xml').titles;
		expect(titles).toContain('Writing a budget narrative');
		expect(titles).toContain('Cancelled: ອາຫານເຊົ້າຢູ່ໂຮງຮຽນ');
		expect(read.feed('lo/feed.xml').titles).toContain('ຍົກເລີກ: ອາຫານເຊົ້າຢູ່ໂຮງຮຽນ');
	});

	it('speaks of a past Chatham House session in the past tense', () => {
		expect(read.main(`sessions/${chathamUpcoming}`)).toContain('This session was held under the Chatham House Rule');
	});

	it('says a cancelled session did not take place, and does not count it as presented', () => {
		expect(read.main(`sessions/${cancelled}`)).toContain('This session was cancelled: it did not take place.');
		// Two before, the December session and the postponed one: not the cancelled one, not the Chatham House one.
		expect(read.main('people')).toMatch(/Presenter Quillon Sample · Presented by: 4 ·/);
		expect(read.main('people/named-presenter')).not.toContain('Will present');
		expect(read.html(`sessions/${postponed}`)).not.toContain('data-add-to-calendar');
	});

	it('keeps ended sessions of the last three months in the calendar, without the join link', () => {
		const all = read.calendar('calendar.ics');
		expect(all.byUid(postponed)).toBeDefined();
		expect(all.byUid('2026-03-06-open-hangout')).toBeUndefined();
	});
});
