import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { compareShots, storedShot } from './compare.ts';

/** A grey image, with the pixels listed painted red. */
async function image(width: number, height: number, red: [number, number][] = []): Promise<Buffer> {
	const pixels = Buffer.alloc(width * height * 3, 200);
	for (const [x, y] of red) pixels.set([255, 0, 0], (y * width + x) * 3);
	return storedShot(
		await sharp(pixels, { raw: { width, height, channels: 3 } })
			.png()
			.toBuffer(),
	);
}
const block = (x0: number, y0: number, size: number) =>
	[...Array(size * size).keys()].map((i): [number, number] => [x0 + (i % size), y0 + Math.floor(i / size)]);

describe('comparing a screenshot with its baseline', () => {
	it('passes the same pixels', async () => {
		expect(await compareShots(await image(100, 100), await image(100, 100))).toEqual({ status: 'same', pixels: 0 });
	});

	it('keeps the pixels exactly when it stores a shot', async () => {
		const png = await sharp(Buffer.from([1, 2, 3, 250, 251, 252]), { raw: { width: 2, height: 1, channels: 3 } })
			.png()
			.toBuffer();
		expect([
			...(await sharp(await storedShot(png))
				.raw()
				.toBuffer()),
		]).toEqual([1, 2, 3, 250, 251, 252]);
	});

	it('lets a change of up to 0.1% of the pixels through', async () => {
		// 10 of 10,000 pixels.
		expect(await compareShots(await image(100, 100), await image(100, 100, block(0, 0, 3).concat([[50, 50]])))).toEqual({
			status: 'same',
			pixels: 10,
		});
	});

	it('fails a change over 0.1% of the pixels, with an image of where', async () => {
		const verdict = await compareShots(await image(100, 100), await image(100, 100, block(10, 10, 4)));
		expect(verdict).toMatchObject({ status: 'different', pixels: 16, share: 0.0016 });
		if (verdict.status !== 'different') return;
		const diff = await sharp(verdict.diff).raw().toBuffer({ resolveWithObject: true });
		expect(diff.info).toMatchObject({ width: 100, height: 100 });
		// pixelmatch paints changed pixels red and the rest faded.
		const at = (x: number, y: number) => [
			...diff.data.subarray((y * 100 + x) * diff.info.channels, (y * 100 + x) * diff.info.channels + 3),
		];
		expect(at(11, 11)).toEqual([255, 0, 0]);
		expect(at(50, 50)).not.toEqual([255, 0, 0]);
	});

	it('ignores a change below the colour threshold, such as anti-aliasing', async () => {
		const faint = Buffer.alloc(100 * 100 * 3, 200);
		for (let i = 0; i < 3000; i++) faint[i] = 203;
		const current = await storedShot(
			await sharp(faint, { raw: { width: 100, height: 100, channels: 3 } })
				.png()
				.toBuffer(),
		);
		expect(await compareShots(await image(100, 100), current)).toEqual({ status: 'same', pixels: 0 });
	});

	it('fails a page whose size changed, and says from what to what', async () => {
		expect(await compareShots(await image(100, 100), await image(100, 120))).toEqual({
			status: 'resized',
			baseline: { width: 100, height: 100 },
			current: { width: 100, height: 120 },
		});
	});

	it('reports a shot without a baseline as new', async () => {
		expect(await compareShots(undefined, await image(10, 10))).toEqual({ status: 'new' });
	});
});
