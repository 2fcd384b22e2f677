/**
 * A QR code for a card: the module matrix comes from `qrcode`, and is drawn
 * as one SVG path that Satori places like a photo. Nothing is fetched: the
 * code is computed from the text at build time.
 */
import { create } from 'qrcode';

/** Light border around the code, in modules: the four the QR standard asks for, so phones find it on a busy feed. */
export const quietZone = 4;

export type QrMatrix = { size: number; dark: (row: number, column: number) => boolean };

/**
 * Level M corrects about 15% of damage: enough for a photo of a screen or a
 * crease in a printout, while a page address stays a small, coarse code.
 */
export function qrMatrix(text: string): QrMatrix {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	return { size: modules.size, dark: (row, column) => modules.get(row, column) !== 0 };
}

/** The dark modules as a path: each run of dark modules in a row is one rectangle, a module high. */
export function qrPath(matrix: QrMatrix): string {
	const parts: string[] = [];
	for (let row = 0; row < matrix.size; row++) {
		for (let column = 0; column < matrix.size;) {
			if (!matrix.dark(row, column)) {
				column++;
				continue;
			}
			const start = column;
			while (column < matrix.size && matrix.dark(row, column)) column++;
			parts.push(`M${start + quietZone} ${row + quietZone}h${column - start}v1h${start - column}z`);
		}
	}
	return parts.join('');
}

export type QrImage = { src: string; size: number };

/**
 * The code with its quiet zone as an SVG data URI, at most `maxSize` pixels
 * square. Each module is a whole number of pixels, so its edges fall on
 * pixel edges and the PNG stays sharp enough for a camera to read.
 */
export function qrImage(text: string, maxSize: number, colours: { dark: string; light: string }): QrImage {
	const matrix = qrMatrix(text);
	const modules = matrix.size + 2 * quietZone;
	const modulePixels = Math.max(1, Math.floor(maxSize / modules));
	const size = modules * modulePixels;
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${modules} ${modules}" shape-rendering="crispEdges">`,
		`<rect width="${modules}" height="${modules}" fill="${colours.light}"/>`,
		`<path d="${qrPath(matrix)}" fill="${colours.dark}"/>`,
		'</svg>',
	].join('');
	return { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, size };
}
