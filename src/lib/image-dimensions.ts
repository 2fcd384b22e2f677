/**
 * The width and height an image file declares in its header, read without
 * decoding it, so a huge image is refused before anything tries to resize it.
 * PNG, JPEG and WebP; `undefined` for anything else or a header it cannot read.
 */
export type Dimensions = { width: number; height: number };

export function imageDimensions(bytes: Uint8Array): Dimensions | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
	if (bytes.length >= 24 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') {
		return { width: view.getUint32(16), height: view.getUint32(20) };
	}
	if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegDimensions(bytes, view);
	if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
		const chunk = ascii(12, 4);
		if (chunk === 'VP8X') return { width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff) };
		if (chunk === 'VP8L') {
			const bits = view.getUint32(21, true);
			return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
		}
		if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
	}
	return undefined;
}

function jpegDimensions(bytes: Uint8Array, view: DataView): Dimensions | undefined {
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return undefined;
		const marker = bytes[at + 1]!;
		// Start-of-frame markers carry the size; C4, C8 and CC are not frames.
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
			return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
		}
		at += 2 + view.getUint16(at + 2);
	}
	return undefined;
}
