/** Draws a card: Satori lays it out as SVG, resvg turns it into a PNG. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts } from './fonts.ts';
import { cardLayout } from './layout.ts';
import { cardSizes, type CardSpec } from './spec.ts';

/** A photo as a small square JPEG data URI: the card needs 220 pixels, never the original. */
async function photoDataUri(root: string, file: string): Promise<string> {
	const jpeg = await sharp(await readFile(join(root, file)))
		.rotate()
		.resize(320, 320, { fit: 'cover' })
		.jpeg({ quality: 80 })
		.toBuffer();
	return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

export async function renderCard(spec: CardSpec, root: string): Promise<Buffer> {
	const { width, height } = cardSizes[spec.size];
	const photo = spec.person?.photo ? await photoDataUri(root, spec.person.photo) : undefined;
	// Satori's types name React elements; the plain { type, props } objects it reads are the same shape.
	const svg = await satori(cardLayout(spec, photo), { width, height, fonts: cardFonts() });
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
