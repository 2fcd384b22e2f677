/**
 * The learning loop on the built small site: commitments, check-ins and
 * benchmarks show on their pages, and who committed is said only where the
 * attribution rule allows it. A Chatham House commitment carries no name in
 * any output (pages, search index, feeds, share cards); an organisation that
 * has not allowed its name shows counts only.
 *
 * The fixture (tests/fixtures/small-site): plp-group's Chatham House ALS
 * (2026-04-16) commits to "…(commitment canary)"; the open BMC (2026-06-18)
 * agrees Member CSO's benchmark and Member CSO commits "…(counted canary)",
 * but Member CSO has not allowed its name; a later session (2026-08-20)
 * checks in on both and reports progress. The secretariat allows its name,
 * and commits at an open Lao hangout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardTexts, lastCardBuild } from '../support/card-builds.ts';
import { listDist, readDistText } from '../support/dist-files.ts';
import { sharedSite, type SiteCopy } from '../support/site-build.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const chathamCanary = 'commitment canary';
const countedCanary = 'counted canary';
const chathamKey = '2026-04-16-chatham-als/exit-interviews';
const countedKey = '2026-06-18-benchmark/board-template';
/** Every way the fixture could name who committed: the organisations and the presenter, in both scripts. */
const names = ['Member CSO', 'member-cso', 'Presenter Quillon', 'Quillon', 'ເພຣເຊັນເຕີ', 'named-presenter', 'Fixture Secretariat'];
const memberCsoNames = ['Member CSO', 'member-cso'];

let site: SiteCopy;
const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf-8');
const pages = () => listDist(site.dist).filter((f) => f.endsWith('.html'));

function elements(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) found.push(node);
	const children =
		'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
	for (const child of children) elements(child, found);
	return found;
}
const textOf = (node: Node): string =>
	node.nodeName === '#text' && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const serialised = (el: Element) =>
	`${el.attrs.map((a) => `${a.name}=${a.value}`).join(' ')} ${textOf(el)} ${elements(el)
		.flatMap((e) => e.attrs.map((a) => a.value))
		.join(' ')}`;
/** The list items of a page that show the commitment `key`: where it was made, checked on, or listed. */
const itemsFor = (page: string, key: string) =>
	elements(parse(readFileSync(join(site.dist, page), 'utf-8'))).filter(
		(el) => attr(el, 'data-commitment') === key || attr(el, 'data-check-in') === key,
	);
/** The text of the main content, tags stripped, so assertions read like the page. */
const mainText = (path: string) =>
	(/<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '')
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

beforeAll(async () => {
	site = await sharedSite('small-site');
});

describe('the learning loop on its pages', () => {
	it('shows a session’s commitments, the check-ins on them at a later session, and where each stands', () => {
		for (const prefix of ['', 'lo/']) {
			expect(itemsFor(`${prefix}sessions/2026-04-16-chatham-als/index.html`, chathamKey)).toHaveLength(1);
			expect(itemsFor(`${prefix}sessions/2026-08-20-progress/index.html`, chathamKey)).toHaveLength(1);
		}
		expect(mainText('sessions/2026-04-16-chatham-als')).toMatch(
			/What was committed Hold exit interviews .* due June 2026 Done reported at Progress on board reporting/,
		);
		expect(mainText('lo/sessions/2026-04-16-chatham-als')).toContain('ສິ່ງທີ່ໄດ້ໃຫ້ຄຳໝັ້ນສັນຍາ');
		expect(mainText('sessions/2026-08-20-progress')).toMatch(
			/Check-ins on earlier commitments Hold exit interviews .* Done Both officers were interviewed/,
		);
		expect(html('sessions/2026-08-20-progress')).toContain('href="/sessions/2026-04-16-chatham-als/"');
	});

	it('shows a benchmark’s start, each report and where it stands on its own page, in both languages', () => {
		const page = mainText('benchmarks/2026-06-18-benchmark');
		expect(page).toContain('Accounts reached the board six weeks after month end.');
		expect(page).toMatch(/Each report Progress on board reporting .* Done Write a one-page summary .* The summary went to the board/);
		expect(page).toMatch(
			/Where it stands Not reached yet Roadmap Write a one-page summary .* Done reported at Progress on board reporting Close the books .* Open/,
		);
		expect(mainText('lo/benchmarks/2026-06-18-benchmark')).toContain('ຍັງບໍ່ທັນບັນລຸ');
		expect(mainText('benchmarks')).toContain('Accounts reach the board within ten working days.');
		expect(html('benchmarks')).toContain('data-sample-badge');
		expect(html('benchmarks/2026-06-18-benchmark')).toContain('data-sample-notice');
		expect(html('sessions/2026-06-18-benchmark')).toContain('href="/benchmarks/2026-06-18-benchmark/"');
	});

	it('names an organisation that allows it, with a link, on the session and on its own page', () => {
		const [item] = itemsFor('sessions/2026-03-06-open-hangout/index.html', '2026-03-06-open-hangout/home-visits');
		expect(textOf(item!)).toContain('by Fixture Secretariat');
		expect(serialised(item!)).toContain('/organisations/secretariat/');
		expect(mainText('organisations/secretariat')).toContain('ຈັດການຢ້ຽມຢາມເຮືອນໃຫ້ແມ່ໃໝ່ທຸກຄົນໃນເມືອງນຳຮ່ອງ.');
		expect(mainText('organisations/secretariat')).toContain('1 commitment: 1 open');
		expect(mainText('lo/organisations/secretariat')).toContain('ຄຳໝັ້ນສັນຍາ 1 ຂໍ້: ຍັງຄ້າງຢູ່ 1');
	});

	it('lists a series’ open commitments with when each is checked on', () => {
		const page = mainText('series/plp-group');
		expect(page).toMatch(/Open commitments and check-ins due Share the one-page board summary template .* In progress/);
		// Done at the 2026-08-20 check-in, so no longer open.
		expect(page).not.toContain('Hold exit interviews');
	});
});

describe('who committed, said only where allowed', () => {
	it('never names who made a Chatham House commitment, on any page that shows it', () => {
		const showing = pages().filter((page) => readFileSync(join(site.dist, page), 'utf-8').includes(chathamCanary));
		expect(showing).toEqual(
			expect.arrayContaining(['sessions/2026-04-16-chatham-als/index.html', 'lo/sessions/2026-08-20-progress/index.html']),
		);
		for (const page of showing) {
			const items = itemsFor(page, chathamKey);
			expect(items.length, page).toBeGreaterThan(0);
			for (const item of items) {
				for (const name of names) expect(serialised(item), `${page}: ${name}`).not.toContain(name);
				expect(serialised(item)).not.toContain('data-committed-by');
			}
		}
		// Counted for nobody: no organisation's page shows or counts it.
		for (const page of pages().filter((p) => p.includes('organisations/'))) {
			expect(readFileSync(join(site.dist, page), 'utf-8'), page).not.toContain(chathamCanary);
		}
	});

	it('shows counts only on the page of an organisation that has not allowed its name, and "a member organisation" elsewhere', () => {
		for (const prefix of ['', 'lo/']) {
			const page = html(`${prefix}organisations/member-cso`);
			expect(page).not.toContain(countedCanary);
			expect(page).not.toContain('Accounts reach the board within ten working days');
			expect(page).not.toContain('/benchmarks/2026-06-18-benchmark/');
		}
		expect(mainText('organisations/member-cso')).toMatch(
			/1 commitment: 1 in progress This organisation has not agreed to its name being shown with its commitments.* 1 benchmark: 1 under way/,
		);
		expect(mainText('lo/organisations/member-cso')).toContain('ຄຳໝັ້ນສັນຍາ 1 ຂໍ້: ກຳລັງດຳເນີນ 1');
		for (const page of [
			'sessions/2026-06-18-benchmark/index.html',
			'sessions/2026-08-20-progress/index.html',
			'series/plp-group/index.html',
		]) {
			const items = itemsFor(page, countedKey);
			expect(items.length, page).toBeGreaterThan(0);
			for (const item of items) {
				expect(textOf(item)).toContain('a member organisation');
				for (const name of memberCsoNames) expect(serialised(item), page).not.toContain(name);
			}
		}
		expect(mainText('lo/sessions/2026-06-18-benchmark')).toContain('ອົງການສະມາຊິກໜຶ່ງ');
		const whose = mainText('benchmarks/2026-06-18-benchmark');
		expect(whose).toContain('Whose a member organisation');
		for (const name of memberCsoNames) expect(whose).not.toContain(name);
	});

	it('keeps commitments, and so their names, out of the search index; a benchmark is found without its organisation', () => {
		const fragments = listDist(site.dist)
			.filter((f) => f.startsWith('pagefind/') && f.endsWith('.pf_fragment'))
			.map((f) => {
				const text = readDistText(site.dist, f);
				return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
			});
		// Search leaves commitments, check-ins and the lists of them out altogether (the session is found by its
		// title and recap), so no result can pair a commitment with a name.
		expect(fragments.length).toBeGreaterThan(20);
		expect(fragments.filter((f) => f.content.includes(chathamCanary) || f.content.includes(countedCanary)).map((f) => f.url)).toEqual([]);
		// The benchmark's own text stays searchable, on its session's page and without its organisation's name.
		const benchmark = fragments.filter((f) => f.content.includes('Accounts reach the board within ten working days'));
		expect(benchmark.map((f) => f.url).sort()).toEqual(['/lo/sessions/2026-06-18-benchmark/', '/sessions/2026-06-18-benchmark/']);
		for (const fragment of benchmark) for (const name of memberCsoNames) expect(fragment.content).not.toContain(name);
	});

	it('puts no name beside commitment text in any feed', () => {
		const parser = new XMLParser({ ignoreAttributes: false });
		const feeds = listDist(site.dist).filter((f) => f.endsWith('feed.xml'));
		expect(feeds.length).toBeGreaterThan(2);
		for (const feed of feeds) {
			const parsed = parser.parse(readFileSync(join(site.dist, feed), 'utf-8')) as { rss: { channel: { item?: unknown } } };
			const channel = parsed.rss.channel;
			const items = [channel.item ?? []].flat();
			for (const item of items) {
				const text = JSON.stringify(item);
				if (!text.includes(chathamCanary) && !text.includes(countedCanary)) continue;
				for (const name of text.includes(chathamCanary) ? names : memberCsoNames) expect(text, feed).not.toContain(name);
			}
		}
	});

	it('draws no name onto a share card that carries a commitment or a benchmark of someone who did not allow it', () => {
		const cards = lastCardBuild(site).requests.map((card) => ({ page: card.path, card }));
		expect(cards.length).toBeGreaterThan(20);
		const benchmarkCard = cards.find(({ page }) => page === 'og/benchmarks/2026-06-18-benchmark/card.png');
		expect(benchmarkCard?.card.spec.quote).toBe('Accounts reach the board within ten working days.');
		expect(benchmarkCard?.card.spec.sampleLabel).toBe('Sample');
		for (const { page, card } of cards) {
			const text = `${cardTexts(card.spec).join(' ')} ${card.alt}`;
			if (text.includes(chathamCanary)) for (const name of names) expect(text, page).not.toContain(name);
			if (text.includes(countedCanary) || text.includes('Accounts reach the board')) {
				for (const name of memberCsoNames) expect(text, page).not.toContain(name);
			}
		}
	});
});
