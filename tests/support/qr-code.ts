/** Reading a QR code off a built card, as a phone's camera would: the PNG's pixels through a second library (jsQR). */
import jsQR from 'jsqr';
import sharp from 'sharp';

export async function readQrCode(png: Buffer): Promise<string | undefined> {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** The address a page announces as its own (`<link rel="canonical">`). */
export function canonicalUrl(html: string): string | undefined {
	return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
}
