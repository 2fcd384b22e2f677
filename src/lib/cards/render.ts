/** Draws a card: Satori lays it out as SVG, resvg turns it into a PNG. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts } from './fonts.ts';
import { cardLayout, titleBox, titleLineHeight, titleSpaceKey, titleWordKey } from './layout.ts';
import { cardSizes, type CardSpec } from './spec.ts';
import { chooseTitle, titleWords, type FittedTitle, type TitleRoom } from './title-lines.ts';

/** A photo as a small square JPEG data URI: the card needs 220 pixels, never the original. */
async function photoDataUri(root: string, file: string): Promise<string> {
	const jpeg = await sharp(await readFile(join(root, file)))
		.rotate()
		.resize(320, 320, { fit: 'cover' })
		.jpeg({ quality: 80 })
		.toBuffer();
	return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** A title longer than this is cut, however much room the card has: a card is read at a glance. */
const mostTitleLines = 6;
/** Words are measured to the whole pixel; a line filled to its last pixel could still overflow. */
const lineSlack = 0.98;

/**
 * The title's lines and size: the card laid out once with an empty box where
 * the title goes, which takes the height the other pieces leave, and the
 * title's words measured beside it; then the largest size at which the whole
 * title fits in that box, in lines of whole words.
 */
export async function fittedTitle(spec: CardSpec, photo?: string): Promise<FittedTitle & { room: TitleRoom }> {
	const { width, height } = cardSizes[spec.size];
	const words = titleWords(spec.title);
	const measured = new Map<string, number>();
	let roomHeight = 0;
	await satori(cardLayout(spec, photo, 'measure'), {
		width,
		height,
		fonts: cardFonts(),
		onNodeDetected: (node) => {
			if (node.key === titleSpaceKey) roomHeight = node.height;
			else if (typeof node.key === 'string') measured.set(node.key, node.width);
		},
	});
	const widthOf = (index: number) => measured.get(titleWordKey(index)) ?? 0;
	const widths = { words: words.map((_, index) => widthOf(index)), space: widthOf(words.length), ellipsis: widthOf(words.length + 1) };
	const box = titleBox(spec);
	const room = { width: box.width * lineSlack, height: roomHeight, lineHeight: titleLineHeight };
	return { ...chooseTitle(words, widths, box.fontSizes[0]!, room, box.fontSizes, mostTitleLines), room };
}

export async function renderCard(spec: CardSpec, root: string): Promise<Buffer> {
	const { width, height } = cardSizes[spec.size];
	const photo = spec.person?.photo ? await photoDataUri(root, spec.person.photo) : undefined;
	const title = await fittedTitle(spec, photo);
	// Satori's types name React elements; the plain { type, props } objects it reads are the same shape.
	const svg = await satori(cardLayout(spec, photo, title), { width, height, fonts: cardFonts() });
	// Satori writes text as paths, so resvg needs no fonts: loading the system's took a third of a card's time.
	const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
	// resvg's own PNG encoder writes files about twice as large; cards are opaque, so RGB without alpha.
	const pixels = sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha();
	// Flat colours and anti-aliased text fit a 256-colour palette to within one level per channel: files
	// about 30% smaller than full colour at zlib level 9, and quicker to write. A photo would band, so
	// cards with one stay in full colour.
	return (photo ? pixels.png({ compressionLevel: 9, adaptiveFiltering: false }) : pixels.png(paletteOptions)).toBuffer();
}

const paletteOptions = { palette: true, effort: 1, compressionLevel: 5, dither: 0 } as const;
