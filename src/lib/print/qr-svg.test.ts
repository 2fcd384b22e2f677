/**
 * The printed QR code read back as a phone would: drawn to pixels by resvg
 * and decoded by a second library (jsQR), which must find the same address.
 */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrStrokePath, qrSvg, quietZone } from './qr-svg.ts';

function decode(svg: string): string | undefined {
	const standalone = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" width="450" height="450" ');
	const image = new Resvg(standalone, { background: 'white', font: { loadSystemFonts: false } }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** The modules a stroked path paints: it is followed as a pen would, one module per unit of each `h`. */
function painted(d: string): Set<string> {
	const cells = new Set<string>();
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: ?(-?[\d.]+))?/g)) {
		if (command === 'M') [x, y] = [Number(a), Number(b)];
		else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
		else {
			for (let i = 0; i < Number(a); i++) cells.add(`${y - 0.5 - quietZone},${x + i - quietZone}`);
			x += Number(a);
		}
	}
	return cells;
}

describe('the QR code on a printed page', () => {
	for (const url of [
		'https://peer-learning-hub.example.org/briefs/friday-nutrition-hangouts/',
		'https://peer-learning-hub.example.org/lo/guides/als/',
		'https://example.org/hub/lo/sessions/2027-02-11-%E0%BA%81%E0%BA%B2%E0%BA%99/',
	]) {
		it(`decodes back to ${url}`, () => {
			expect(decode(qrSvg(url, { label: 'QR code' }))).toBe(url);
		});
	}

	it('paints exactly the dark modules, shifted by the quiet zone, each once', () => {
		const { modules } = create('https://example.org/a/b/', { errorCorrectionLevel: 'M' });
		const dark = new Set<string>();
		for (let row = 0; row < modules.size; row++) {
			for (let column = 0; column < modules.size; column++) if (modules.get(row, column)) dark.add(`${row},${column}`);
		}
		const d = qrStrokePath(modules.size, (row, column) => modules.get(row, column) !== 0);
		expect(painted(d)).toEqual(dark);
		const runs = d.match(/h(\d+)/g)!.reduce((sum, h) => sum + Number(h.slice(1)), 0);
		expect(runs).toBe(dark.size);
	});

	it('starts at the first dark module and moves relatively after it, with no space before a minus sign', () => {
		// Row 0: columns 1-2 dark; row 1: nothing; row 2: column 0 dark, then column 3.
		const grid = ['.##.', '....', '#..#', '....'];
		const d = qrStrokePath(4, (row, column) => grid[row]![column] === '#');
		expect(d).toBe(`M${1 + quietZone} ${quietZone + 0.5}h2m-3 2h1m2 0h1`);
	});

	it('is a square picture with the quiet zone around the code, named for screen readers and PDF tags', () => {
		const svg = qrSvg('https://example.org/', { label: 'Open "this" page & more' });
		const side = create('https://example.org/', { errorCorrectionLevel: 'M' }).modules.size + 2 * quietZone;
		expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
		expect(svg).toContain('role="img" aria-label="Open &quot;this&quot; page &amp; more"');
		expect(svg).toMatch(/^<svg [^>]*><path fill="none" stroke="#000" d="M[^"]+"\/><\/svg>$/);
	});

	it('costs fewer modules at a lower error correction level, for pages that need it', () => {
		const url = 'https://peer-learning-hub.example.org/lo/briefs/friday-nutrition-hangouts/';
		const side = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
		expect(side(qrSvg(url, { label: 'QR', errorCorrectionLevel: 'L' }))).toBeLessThan(side(qrSvg(url, { label: 'QR' })));
	});
});
