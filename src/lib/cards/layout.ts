/**
 * Share cards built from small pieces: a frame, a kicker, a title, fact
 * lines, an avatar, a quotation and the brand bar. Every template uses the
 * same pieces and colours, so cards of all kinds share one identity.
 */
import { cardFontFamily } from './fonts.ts';
import { qrImage } from './qr.ts';
import { cardSizes, type CardPerson, type CardSpec } from './spec.ts';
import { cardText } from './text.ts';
import { ellipsis, titleWords } from './title-lines.ts';

/** The element shape Satori reads: a tag, its style, its children. */
export type CardNode = {
	type: string;
	key?: string;
	props: { style?: Record<string, unknown>; children?: CardNode | string | (CardNode | string)[]; src?: string; lang?: string };
};

export const colours = {
	background: '#0f3d33',
	panel: '#15503f',
	text: '#ffffff',
	muted: '#cfe6dd',
	accent: '#f2c14e',
} as const;

export function h(type: string, style: Record<string, unknown>, ...children: (CardNode | string | false | undefined)[]): CardNode {
	const kept = children.filter((c): c is CardNode | string => c !== false && c !== undefined && c !== '');
	return { type, props: { style, children: kept.length === 1 ? kept[0]! : kept } };
}

const padding = 64;

/** The square post card is seen on its own in a feed: everything a third larger. */
let scale = 1;
const px = (size: number) => Math.round(size * scale);

function kicker(text: string): CardNode {
	return h(
		'div',
		{ display: 'flex', fontSize: px(28), fontWeight: 700, color: colours.accent, textTransform: 'uppercase', letterSpacing: 1 },
		cardText(text),
	);
}

/** The sizes a title may take, largest first: it starts as large as its length allows and shrinks to fit. */
export function titleFontSizes(text: string): number[] {
	const length = [...text].length;
	const sizes = [70, 60, 52, 44].filter((size) => size <= (length <= 36 ? 70 : length <= 70 ? 60 : 52));
	return sizes.map(px);
}

export const titleLineHeight = 1.3;
const titleMarginTop = 18;

/**
 * How the title is fitted. `measure` lays the card out with an empty box in
 * the title's place that takes whatever height the other pieces leave
 * (`titleSpaceKey`), and the title's words side by side out of sight
 * (`titleWordKey`), to be measured; `lines` then draws the title on the lines
 * `fitTitle` made of those measures.
 */
export type TitleFit = 'measure' | { lines: string[]; fontSize: number };
export const titleSpaceKey = 'title-space';
/** The key of the measured piece `index`: the title's words, then a space, then an ellipsis. */
export const titleWordKey = (index: number) => `title-word-${index}`;

/** The sizes the card's title may take (see `titleFontSizes`) and the width it has, in pixels. */
export function titleBox(spec: CardSpec): { fontSizes: number[]; width: number } {
	scale = spec.size === 'square' ? 1.3 : 1;
	const inner = cardSizes[spec.size].width - 2 * padding;
	return { fontSizes: titleFontSizes(spec.title), width: spec.qr && spec.size === 'link' ? qrTextWidth(inner, false) : inner };
}

function titleSpace(text: string, width: number, lang: string | undefined): CardNode {
	const pieces = [...titleWords(text).map((word) => word.text), '\u00A0', ellipsis];
	const measured: CardNode = {
		type: 'div',
		props: {
			style: { position: 'absolute', top: 0, left: 0, display: 'flex', fontSize: titleFontSizes(text)[0], fontWeight: 700, opacity: 0 },
			children: pieces.map((piece, index) => ({
				type: 'div',
				key: titleWordKey(index),
				props: { style: { display: 'flex', flexShrink: 0 }, children: piece },
			})),
		},
	};
	if (lang) measured.props.lang = lang;
	return {
		type: 'div',
		key: titleSpaceKey,
		props: { style: { display: 'flex', position: 'relative', flexGrow: 1, marginTop: titleMarginTop, width }, children: measured },
	};
}

function title(text: string, width: number, fit: TitleFit, lang: string | undefined): CardNode {
	if (fit === 'measure') return titleSpace(text, width, lang);
	const line = (words: string) => {
		// A word wider than the line is clipped with an ellipsis rather than drawn past the card's edge.
		const node = h(
			'div',
			{ display: 'block', width, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
			words.replace(/\u200B/g, ''),
		);
		if (lang) node.props.lang = lang;
		return node;
	};
	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width,
			fontSize: fit.fontSize,
			fontWeight: 700,
			lineHeight: titleLineHeight,
			color: colours.text,
			marginTop: titleMarginTop,
		},
		...fit.lines.map(line),
	);
}

function lines(items: string[], width: number, maxLines = 1): CardNode {
	return h(
		'div',
		{ display: 'flex', flexDirection: 'column', width, marginTop: px(26), fontSize: px(30), color: colours.muted, lineHeight: 1.35 },
		...items.map((item) => h('div', { display: 'block', lineClamp: maxLines, width }, cardText(item))),
	);
}

function quote(text: string, width: number, maxLines: number): CardNode {
	return h(
		'div',
		{
			display: 'block',
			width,
			marginTop: px(26),
			fontSize: px(32),
			lineHeight: 1.4,
			color: colours.text,
			lineClamp: maxLines,
			borderLeft: `6px solid ${colours.accent}`,
			paddingLeft: 24,
		},
		cardText(text),
	);
}

/** The photo when there is one (and consent for it), otherwise a monogram. */
function avatar(person: CardPerson, size: number, photo: string | undefined): CardNode {
	const ring = { width: size, height: size, borderRadius: size / 2, border: `6px solid ${colours.accent}` };
	if (photo) return { type: 'img', props: { src: photo, style: { ...ring, objectFit: 'cover' } } };
	return h(
		'div',
		{
			...ring,
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'center',
			background: colours.panel,
			color: colours.accent,
			fontSize: size * 0.38,
			fontWeight: 700,
		},
		cardText(person.initials),
	);
}

function personBlock(person: CardPerson, photo: string | undefined, avatarSize: number, width: number): CardNode {
	return h(
		'div',
		{ display: 'flex', alignItems: 'center', marginTop: px(22), width },
		avatar(person, avatarSize, photo),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', marginLeft: 32, width: width - avatarSize - 32 },
			h(
				'div',
				{ display: 'block', fontSize: px(44), fontWeight: 700, color: colours.text, lineClamp: 2, width: width - avatarSize - 32 },
				cardText(person.label),
			),
			person.detail
				? h(
						'div',
						{ display: 'block', fontSize: px(28), color: colours.muted, marginTop: 6, lineClamp: 2, width: width - avatarSize - 32 },
						cardText(person.detail),
					)
				: undefined,
		),
	);
}

/** The QR code on a light square (dark on light is what every phone's camera reads), its caption under it. */
function qrBlock(qr: NonNullable<CardSpec['qr']>, box: number): CardNode {
	const image = qrImage(qr.url, box, { dark: colours.background, light: colours.text });
	return h(
		'div',
		{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: box, flexShrink: 0, marginTop: px(26) },
		{ type: 'img', props: { src: image.src, style: { width: image.size, height: image.size, borderRadius: 12 } } },
		h(
			'div',
			{ display: 'block', width: box, marginTop: 12, fontSize: px(24), color: colours.muted, textAlign: 'center', lineClamp: 2 },
			cardText(qr.caption),
		),
	);
}

function brandBar(spec: CardSpec, width: number): CardNode {
	const dot = (colour: string) => h('div', { width: 26, height: 26, borderRadius: 13, background: colour, marginRight: 8 });
	return h(
		'div',
		{
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'space-between',
			width,
			marginTop: 'auto',
			paddingTop: 28,
			borderTop: `2px solid ${colours.panel}`,
			fontSize: 26,
			color: colours.muted,
		},
		h(
			'div',
			{ display: 'flex', alignItems: 'center' },
			dot(colours.text),
			dot(colours.accent),
			h('div', { display: 'flex', marginLeft: 8, fontWeight: 700, color: colours.text }, cardText(spec.site.name)),
		),
		spec.sampleLabel
			? h(
					'div',
					{ display: 'flex', padding: '4px 16px', borderRadius: 8, background: colours.accent, color: colours.background, fontWeight: 700 },
					cardText(spec.sampleLabel),
				)
			: h('div', { display: 'flex' }, spec.site.host),
	);
}

/**
 * The row and column that hold the title beside a QR code grow to the brand
 * bar (their content stays at the top), so the title's box can be measured.
 */
const row = (width: number, ...children: (CardNode | undefined)[]) =>
	h('div', { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', width, flexGrow: 1 }, ...children);
const column = (width: number, ...children: (CardNode | undefined)[]) =>
	h('div', { display: 'flex', flexDirection: 'column', width, alignSelf: 'stretch' }, ...children);

const qrBox = (square: boolean) => (square ? 340 : 250);
const qrTextWidth = (inner: number, square: boolean) => inner - qrBox(square) - 48;

/**
 * The facts beside a QR code. On the square card the title keeps the full
 * width and the code sits beside the facts; on the link card, which is
 * short, the code takes the right-hand side from the title down.
 */
function withQr(spec: CardSpec, qr: NonNullable<CardSpec['qr']>, inner: number, square: boolean, fit: TitleFit): CardNode[] {
	const box = qrBox(square);
	const text = qrTextWidth(inner, square);
	const facts = spec.lines?.length ? lines(spec.lines, text, 2) : undefined;
	if (square) return [title(spec.title, inner, fit, spec.titleLang), row(inner, column(text, facts), qrBlock(qr, box))];
	return [row(inner, column(text, title(spec.title, text, fit, spec.titleLang), facts), qrBlock(qr, box))];
}

/**
 * The whole card for `spec`; `photo` is the person's photo as a data URI,
 * when shown. The title is fitted in two passes (see `TitleFit`).
 */
export function cardLayout(spec: CardSpec, photo: string | undefined, fit: TitleFit): CardNode {
	const { width, height } = cardSizes[spec.size];
	const inner = width - 2 * padding;
	const square = spec.size === 'square';
	scale = square ? 1.3 : 1;
	const body = spec.qr
		? withQr(spec, spec.qr, inner, square, fit)
		: [
				title(spec.title, inner, fit, spec.titleLang),
				spec.person && personBlock(spec.person, photo, square ? 240 : 120, inner),
				spec.lines?.length ? lines(spec.lines, inner) : undefined,
				spec.quote ? quote(spec.quote, inner, square ? 5 : 2) : undefined,
			];
	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			boxSizing: 'border-box',
			width,
			height,
			padding,
			background: colours.background,
			fontFamily: cardFontFamily,
			color: colours.text,
		},
		kicker(spec.kicker),
		...body,
		brandBar(spec, inner),
	);
}
