/**
 * The photos a person adds to a recap, made ready on the phone before
 * anything leaves it: turned upright, resized to at most `photoMaxSide`
 * pixels and drawn again as JPEG, which leaves behind everything the camera
 * wrote beside the picture (EXIF: place, time, device). Loaded by the
 * form's checker only when someone chooses a photo.
 */
import { photoMaxSide } from '../lib/contribute/photos.ts';

export type ChosenPhoto = {
	/** The resized JPEG, as the entry will carry it. */
	blob: Blob;
	/** For the preview and the download link. */
	url: string;
	/** For the one file sent without a GitHub account. */
	dataUrl: string;
	width: number;
	height: number;
	/** What the person called the file, for a message about it. */
	name: string;
};

const asDataUrl = (blob: Blob) =>
	new Promise<string>((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as string);
		reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
		reader.readAsDataURL(blob);
	});

/** A chosen file as a photo for the site; rejects when the browser cannot read it as an image. */
export async function preparePhoto(file: File): Promise<ChosenPhoto> {
	const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	const scale = Math.min(1, photoMaxSide / Math.max(bitmap.width, bitmap.height));
	const width = Math.max(1, Math.round(bitmap.width * scale));
	const height = Math.max(1, Math.round(bitmap.height * scale));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no canvas');
	context.drawImage(bitmap, 0, 0, width, height);
	bitmap.close();
	const blob = await new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('not encoded'))), 'image/jpeg', 0.85),
	);
	return { blob, url: URL.createObjectURL(blob), dataUrl: await asDataUrl(blob), width, height, name: file.name };
}
