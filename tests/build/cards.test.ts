/**
 * Share cards, read back as PNGs: every page points at a card that exists,
 * with the right size and alternative text; cards are not blank, keep their
 * brand bar on the canvas, draw every character, respect consent, are the
 * same bytes for the same input (the cache that draws them once: caches.test.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import satori from 'satori';
import { cardFontFamily, cardFonts, missingGlyphs } from '../../src/lib/cards/fonts.ts';
import { colours } from '../../src/lib/cards/layout.ts';
import { fittedTitle, renderCard } from '../../src/lib/cards/render.ts';
import { cardSizes, type CardSpec } from '../../src/lib/cards/spec.ts';
import { cardText, withoutEmoji } from '../../src/lib/cards/text.ts';
import { cardTexts, lastCardBuild, pngSize } from '../support/card-builds.ts';
import { contentEntries } from '../support/content-entries.ts';
import { listDist } from '../support/dist-files.ts';
import { canonicalUrl, readQrCode } from '../support/qr-code.ts';
import { projectRoot, sharedSite, type SiteCopy } from '../support/site-build.ts';

let bundled: SiteCopy;
let small: SiteCopy;

const metaOf = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(async () => {
	[bundled, small] = await Promise.all([sharedSite('bundled-site'), sharedSite('small-site')]);
});

describe('share cards on the bundled site', () => {
	it('gives every page an Open Graph card that exists, at its stated size, with alternative text', () => {
		const pages = listDist(bundled.dist).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		for (const page of pages) {
			const html = readFileSync(join(bundled.dist, page), 'utf-8');
			const image = metaOf(html, 'og:image');
			expect(image, page).toMatch(/^https:\/\/peer-learning-hub\.example\.org\/og\/(.+\/)?card\.png$/);
			const png = readFileSync(join(bundled.dist, new URL(image!).pathname));
			expect(pngSize(png)).toEqual({ width: Number(metaOf(html, 'og:image:width')), height: Number(metaOf(html, 'og:image:height')) });
			expect(metaOf(html, 'og:image:alt')?.length, page).toBeGreaterThan(10);
			expect(metaOf(html, 'og:title'), page).toBeTruthy();
			expect(metaOf(html, 'og:description'), page).toBeTruthy();
			expect(metaOf(html, 'og:type'), page).toBe('article');
			expect(metaOf(html, 'og:locale'), page).toBe(page.startsWith('lo/') ? 'lo_LA' : 'en_GB');
			expect(metaOf(html, 'twitter:card'), page).toBe('summary_large_image');
			expect(html, page).not.toContain('data-plh-cards');
		}
	});

	it('shares one card between a recap’s pages in both languages, drawn in the recap’s language, unless it has a title in the page’s language', () => {
		const { requests } = lastCardBuild(bundled);
		const sessionCards = new Map(requests.filter((r) => r.spec.template === 'session').map((r) => [r.path, r]));
		const sessions = contentEntries<{ lang: string; translated?: Record<string, { title?: string }> }>('sessions').map(({ id, data }) => ({
			id,
			...data,
		}));
		expect(sessions.some((s) => s.lang === 'lo' && s.translated?.en?.title)).toBe(true);
		expect(sessions.some((s) => s.lang === 'en' && !s.translated?.lo?.title)).toBe(true);
		for (const session of sessions) {
			for (const pageLang of ['en', 'lo']) {
				const titled = session.lang === pageLang || Boolean(session.translated?.[pageLang]?.title);
				const cardLang = titled ? pageLang : session.lang;
				const cardPath = `og/${cardLang === 'en' ? '' : `${cardLang}/`}sessions/${session.id}/card.png`;
				const page = `${pageLang === 'en' ? '' : `${pageLang}/`}sessions/${session.id}/index.html`;
				expect(metaOf(readFileSync(join(bundled.dist, page), 'utf-8'), 'og:image'), page).toBe(
					`https://peer-learning-hub.example.org/${cardPath}`,
				);
				expect(sessionCards.get(cardPath)?.spec.lang, cardPath).toBe(cardLang);
			}
		}
	});

	it('draws cards that are not blank, keep the brand bar on the canvas and stay within the size budget', async () => {
		const { requests } = lastCardBuild(bundled);
		expect(requests.length).toBeGreaterThan(100);
		const accent = [0xf2, 0xc1, 0x4e];
		for (const request of requests) {
			const file = readFileSync(join(bundled.dist, request.path));
			expect(file.length, request.path).toBeLessThan(150 * 1024);
			const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
			expect({ width: info.width, height: info.height }).toEqual(cardSizes[request.spec.size]);
			const stats = await sharp(file).stats();
			expect(stats.channels[0]!.stdev, request.path).toBeGreaterThan(10);
			// The second dot of the brand bar, bottom left: present only if nothing pushed the bar off the card.
			const bar = request.spec.size === 'square' ? 1080 - 64 - 18 : 630 - 64 - 18;
			const found = [...Array(40).keys()].some((dy) => {
				const y = bar - dy;
				const offset = (y * info.width + 64 + 26 + 8 + 13) * info.channels;
				return accent.every((value, i) => Math.abs(data[offset + i]! - value) < 40);
			});
			expect(found, `${request.path}: brand bar missing`).toBe(true);
		}
	});

	it('breaks titles between words and gives them every line the card has before an ellipsis, as the PNG shows', async () => {
		// Cards whose title is the only white text above the brand bar: no person's name, quotation or QR code's light square.
		const plain = lastCardBuild(bundled).requests.filter((r) => !r.spec.person && !r.spec.qr && !r.spec.quote && r.spec.size === 'link');
		expect(plain.filter((r) => /\p{Script=Lao}/u.test(r.spec.title)).length).toBeGreaterThan(10);
		const words = new Intl.Segmenter('lo', { granularity: 'word' });
		for (const { path, spec } of plain) {
			const title = await fittedTitle(spec);
			const drawn = cardText(spec.title).replace(/\u200B/g, '');
			const starts = new Set([...words.segment(drawn)].map((segment) => segment.index));
			let at = 0;
			for (const line of title.lines) {
				const text = line.replace(/…$/, '');
				expect(drawn.startsWith(text, at), `${path}: "${line}" at ${at} of "${drawn}"`).toBe(true);
				at += text.length;
				expect(starts.has(at) || at === drawn.length, `${path}: a line ends inside a word: "${line}"`).toBe(true);
				while (drawn[at] === ' ') at++;
			}
			const lineHeight = title.fontSize * title.room.lineHeight;
			if (title.cut)
				expect(title.lines.length, `${path}: cut with a line free`).toBe(Math.min(6, Math.floor(title.room.height / lineHeight + 0.01)));
			else expect(at, path).toBe(drawn.length);

			// The PNG holds as many lines of title as were fitted: white ink from the first line's top to the last's foot.
			const { data, info } = await sharp(readFileSync(join(bundled.dist, path)))
				.raw()
				.toBuffer({ resolveWithObject: true });
			const white = (x: number, y: number) => {
				const offset = (y * info.width + x) * info.channels;
				return data[offset]! > 245 && data[offset + 1]! > 245 && data[offset + 2]! > 245;
			};
			const inked = [...Array(495 - 112).keys()]
				.map((dy) => 112 + dy)
				.filter((y) => [...Array(1136 - 64).keys()].some((dx) => white(64 + dx, y)));
			const span = inked.at(-1)! - inked[0]! + 1;
			// A line's ink is from 0.4 (Latin without descenders) to 1 (Lao marks above and below) of its height.
			expect(Math.round((span - 0.7 * lineHeight) / lineHeight) + 1, `${path}: ${span} px of title at ${lineHeight} px a line`).toBe(
				title.lines.length,
			);
		}
	});

	it('has a glyph for every character of every card, Lao included (emoji are left out)', () => {
		const { requests } = lastCardBuild(bundled);
		const lao = requests.filter((r) => /\p{Script=Lao}/u.test(r.spec.title));
		expect(lao.length).toBeGreaterThan(10);
		for (const { path, spec } of requests) {
			for (const text of cardTexts(spec)) if (text) expect(missingGlyphs(withoutEmoji(text)), `${path}: ${text}`).toEqual([]);
		}
		expect(missingGlyphs('Français, Hausa ɗaki ƙasa, Yorùbá, Adébáyọ̀ Ọlọ́run, Ẹ̀kọ́ Ṣadé, ພາສາລາວ')).toEqual([]);
		expect(missingGlyphs('한국어')).toEqual(['한', '국', '어']);
	});

	it('gives Volunteer of the Month a link card and a square post card, shown on the award page', () => {
		const html = readFileSync(join(bundled.dist, 'awards/2026-09/index.html'), 'utf-8');
		for (const [file, size] of [
			['cards/awards/2026-09-sun-csa-lao-friday-hangouts-link.png', 'link'],
			['cards/awards/2026-09-sun-csa-lao-friday-hangouts-post.png', 'square'],
		] as const) {
			expect(pngSize(readFileSync(join(bundled.dist, file)))).toEqual(cardSizes[size]);
			expect(html).toMatch(new RegExp(`<img src="/${file}" alt="[^"]{20,}"`));
			expect(html).toContain(`href="/${file}" download`);
		}
		expect(html).toContain('https://www.facebook.com/sharer/sharer.php?u=');
		expect(html).toContain('https://wa.me/?text=');
	});
});

describe('invitation cards on the bundled site', () => {
	const sessionPages = () => listDist(bundled.dist).filter((f) => /^(lo\/)?sessions\/[^/]+\/index\.html$/.test(f));

	it('shows a square and a link card in the invitation kit of each upcoming session, and none elsewhere', () => {
		const withKit = sessionPages().filter((page) => {
			const html = readFileSync(join(bundled.dist, page), 'utf-8');
			const shown = [...html.matchAll(/data-invitation-card="(\w+)"/g)].map(([, size]) => size);
			expect(shown, page).toEqual(html.includes('data-invitation-kit') ? ['square', 'link'] : []);
			return shown.length > 0;
		});
		expect(withKit.length).toBeGreaterThan(1);
		expect(withKit.length).toBeLessThan(sessionPages().length / 2);
	});

	it('draws them at 1080 × 1080 and 1200 × 630, with a QR code that opens the session’s page in its language', async () => {
		const invitations = lastCardBuild(bundled).requests.filter((r) => r.spec.template === 'invitation');
		expect(invitations.length).toBeGreaterThan(2);
		for (const { path, spec } of invitations) {
			const png = readFileSync(join(bundled.dist, path));
			expect(pngSize(png), path).toEqual(spec.size === 'square' ? { width: 1080, height: 1080 } : { width: 1200, height: 630 });
			const [, prefix, id] = /^cards\/(lo\/)?sessions\/(.+)-invitation-(?:post|link)\.png$/.exec(path)!;
			const page = readFileSync(join(bundled.dist, `${prefix ?? ''}sessions/${id}/index.html`), 'utf-8');
			expect(page, path).toContain('data-invitation-kit');
			expect(await readQrCode(png), path).toBe(canonicalUrl(page));
		}
		// The Lao session's cards are drawn in Lao, title and all, with a glyph for every character.
		const lao = invitations.filter((r) => /\p{Script=Lao}/u.test(r.spec.title));
		expect(lao.map((r) => r.spec.size).sort()).toEqual(['link', 'square']);
		for (const { path, spec } of lao) {
			expect(spec.lang, path).toBe('lo');
			for (const text of cardTexts(spec)) if (text) expect(missingGlyphs(withoutEmoji(text)), `${path}: ${text}`).toEqual([]);
		}
	});
});

describe('consent on cards', () => {
	it('never names or shows a person who did not agree, and shows a photo only with consent', () => {
		const { requests } = lastCardBuild(small);
		const all = JSON.stringify(requests);
		expect(all).not.toContain('Zebulon');
		expect(all).not.toContain('Nameless');
		const award = requests.find((r) => r.path === 'cards/awards/2026-10-lao-hangouts-post.png')!;
		expect(award.spec.person?.label).toBe("Provincial Volunteer (Women's & Youth Desk), Fixture Secretariat");
		expect(award.spec.person?.photo).toBeUndefined();
		expect(award.alt).toContain('Provincial Volunteer');
		// Each card in its own language: the citation as written for it.
		expect(award.spec.quote).toBe('For teaching colleagues to join from a phone.');
		expect(requests.find((r) => r.path === 'cards/lo/awards/2026-10-lao-hangouts-post.png')!.spec.quote).toBe(
			'ທີ່ສອນເພື່ອນຮ່ວມງານໃຫ້ເຂົ້າຮ່ວມຈາກໂທລະສັບ.',
		);
		const presenter = requests.find((r) => r.path === 'og/people/named-presenter/card.png')!;
		expect(presenter.spec.person?.photo).toBe('content/people/photos/named-presenter.jpg');
	});
});

describe('rendering', () => {
	const spec: CardSpec = {
		template: 'session',
		size: 'link',
		lang: 'lo',
		kicker: 'ກອງປະຊຸມ · Friday Hangouts 🎉',
		title: 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ ແລະ ການຮຽນຮູ້ແບບເພື່ອນຫາເພື່ອນທາງອອນລາຍທຸກເດືອນ ໃນ ສປປ ລາວ ຍາວຫຼາຍ ແທ້ໆ',
		lines: ['ວັນສຸກ, 4 ທັນວາ 2026, 14:00'],
		site: { name: 'ສູນການຮຽນຮູ້', host: 'example.org' },
	};

	it('gives the same bytes for the same input', async () => {
		const [a, b] = await Promise.all([renderCard(spec, projectRoot), renderCard(spec, projectRoot)]);
		expect(a.equals(b)).toBe(true);
	});

	it('writes flat cards with a colour palette and keeps a photo in full colour', async () => {
		const colourType = (png: Buffer) => png.readUInt8(25); // in IHDR: 2 is RGB, 3 is a palette
		const distinctColours = async (png: Buffer) => {
			const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
			const seen = new Set<number>();
			for (let i = 0; i < data.length; i += 3) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
			return seen.size;
		};
		const flat = await renderCard(spec, projectRoot);
		expect(colourType(flat)).toBe(3);
		// A photo with smooth shading, which a palette would cut into bands.
		const root = mkdtempSync(join(tmpdir(), 'plh-photo-'));
		const gradient = Buffer.alloc(256 * 256 * 3);
		for (let i = 0; i < 256 * 256; i++) gradient.set([i % 256, i >> 8, 128], i * 3);
		await sharp(gradient, { raw: { width: 256, height: 256, channels: 3 } })
			.jpeg()
			.toFile(join(root, 'photo.jpg'));
		const withPhoto = await renderCard(
			{ ...spec, template: 'person', person: { label: 'Photo Person', initials: 'PP', photo: 'photo.jpg' } },
			root,
		);
		expect(colourType(withPhoto)).toBe(2);
		expect(await distinctColours(withPhoto)).toBeGreaterThan(1000);
	});

	it('draws Yoruba and Hausa letters as glyphs, not as the box of a missing character', async () => {
		// Straight through Satori with the card fonts: cardText would take out a character with no glyph before drawing.
		const drawn = (text: string) =>
			satori(
				{ type: 'div', props: { style: { display: 'flex', fontFamily: cardFontFamily, fontSize: 60 }, children: text } },
				{
					width: 200,
					height: 100,
					fonts: cardFonts(),
				},
			);
		// Korean has no card font: what Satori draws for it is the box of a missing glyph.
		const box = await drawn('한');
		for (const letter of ['ọ', 'Ẹ', 'Ṣ', 'ɗ', 'ƙ', 'ລ']) expect(await drawn(letter), letter).not.toBe(box);
	});

	it('wraps a long Lao title and ends it with an ellipsis inside the card', async () => {
		const png = await renderCard(spec, projectRoot);
		const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		// No title pixel touches the right margin: the text wrapped instead of running off the card.
		const background = [0x0f, 0x3d, 0x33];
		for (let y = 100; y < 400; y++) {
			for (let x = 1200 - 40; x < 1200; x++) {
				const offset = (y * info.width + x) * info.channels;
				expect(
					background.every((v, i) => Math.abs(data[offset + i]! - v) < 8),
					`pixel ${x},${y}`,
				).toBe(true);
			}
		}
		expect(colours.background).toBe('#0f3d33');
	});
});
