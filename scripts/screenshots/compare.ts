/**
 * One screenshot against its baseline, by pixels. A page passes when at most
 * 0.1% of its pixels differ by more than pixelmatch's colour threshold of 0.1:
 * enough to let anti-aliasing wobble through, not a moved word or a new colour.
 * Shots are kept as lossless WebP: the same pixels as Chromium's PNG in about
 * a fifth of the bytes, which matters for baselines kept in the repository.
 */
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';

export const tolerance = { threshold: 0.1, share: 0.001 } as const;

type Size = { width: number; height: number };

export type Verdict =
	| { status: 'same'; pixels: number }
	| { status: 'different'; pixels: number; share: number; diff: Buffer }
	| { status: 'resized'; baseline: Size; current: Size }
	| { status: 'new' };

/** An image (PNG from Chromium) as it is stored: lossless WebP. */
export const storedShot = (image: Buffer) => sharp(image).webp({ lossless: true, effort: 4 }).toBuffer();

const rgba = (image: Buffer) => sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

export async function compareShots(baseline: Buffer | undefined, current: Buffer): Promise<Verdict> {
	if (!baseline) return { status: 'new' };
	const [before, after] = await Promise.all([rgba(baseline), rgba(current)]);
	const { width, height } = after.info;
	if (before.info.width !== width || before.info.height !== height) {
		return { status: 'resized', baseline: { width: before.info.width, height: before.info.height }, current: { width, height } };
	}
	const diff = Buffer.alloc(width * height * 4);
	const pixels = pixelmatch(before.data, after.data, diff, width, height, { threshold: tolerance.threshold });
	const share = pixels / (width * height);
	if (share <= tolerance.share) return { status: 'same', pixels };
	return {
		status: 'different',
		pixels,
		share,
		diff: await sharp(diff, { raw: { width, height, channels: 4 } })
			.png()
			.toBuffer(),
	};
}
