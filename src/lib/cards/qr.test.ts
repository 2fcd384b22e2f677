/**
 * The QR picture read back as a phone would: drawn to pixels by resvg and
 * decoded by a second library (jsQR), which must find the same text.
 */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrImage, qrMatrix, qrPath, quietZone } from './qr.ts';

const colours = { dark: '#0f3d33', light: '#ffffff' };

function decode(src: string): string | undefined {
	const svg = Buffer.from(src.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf-8');
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('QR codes for cards', () => {
	for (const url of [
		'https://peer-learning-hub.example.org/sessions/2026-12-10-postponed-plp/',
		'https://example.org/hub/lo/sessions/2027-02-11-ການສື່ສານ/',
	]) {
		it(`decodes back to ${url}`, () => {
			expect(decode(qrImage(url, 300, colours).src)).toBe(url);
		});
	}

	it('gives every module a whole number of pixels, within the size asked for', () => {
		const url = 'https://peer-learning-hub.example.org/sessions/2026-12-10-postponed-plp/';
		const modules = qrMatrix(url).size + 2 * quietZone;
		for (const maxSize of [250, 300, 340]) {
			const { size } = qrImage(url, maxSize, colours);
			expect(size).toBeLessThanOrEqual(maxSize);
			expect(size % modules).toBe(0);
			expect(maxSize - size).toBeLessThan(modules);
		}
	});

	it('draws exactly the dark modules, shifted by the quiet zone', () => {
		const matrix = qrMatrix('https://example.org/');
		const drawn = new Set<string>();
		for (const [, x, y, width] of qrPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			for (let i = 0; i < Number(width); i++) drawn.add(`${Number(y) - quietZone},${Number(x) - quietZone + i}`);
		}
		const dark = new Set<string>();
		for (let row = 0; row < matrix.size; row++) {
			for (let column = 0; column < matrix.size; column++) if (matrix.dark(row, column)) dark.add(`${row},${column}`);
		}
		expect(drawn).toEqual(dark);
		expect(dark.size).toBeGreaterThan(matrix.size);
	});
});
