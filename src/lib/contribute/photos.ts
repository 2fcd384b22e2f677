/**
 * Photos sent with a recap. They are named after the entry and linked at the
 * end of its body, in the folder beside it (`images/`). Someone without a
 * GitHub account sends one file: the photos ride inside it as `data:`
 * addresses until a maintainer adds it with `npm run new -- --from`, which
 * writes them beside the entry and links them by name again.
 */

/** The longest side of a photo after the form resizes it: sharp on a phone, about 200–400 kB as JPEG. */
export const photoMaxSide = 1600;
export const photoFolder = 'images';

export type PhotoLink = { file: string; alt: string };

/** `2026-11-06-breakfast-1.jpg` for the first photo of `2026-11-06-breakfast.md`. */
export const photoFileName = (entryFile: string, n: number, extension = 'jpg') => `${entryFile.replace(/\.md$/, '')}-${n}.${extension}`;

/** Alt text on one line, with the brackets that would end it escaped. */
const altText = (alt: string) =>
	alt
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[[\]\\]/g, (c) => `\\${c}`);

/** The body with each photo linked below it, in the order chosen. */
export function bodyWithPhotos(body: string, photos: readonly PhotoLink[]): string {
	const links = photos.map((photo) => `![${altText(photo.alt)}](./${photoFolder}/${photo.file})`);
	return [body.trim(), ...links].filter(Boolean).join('\n\n');
}

/** The entry as one file to send: each linked photo replaced by its `data:` address. */
export function embedPhotos(text: string, photos: readonly { file: string; dataUrl: string }[]): string {
	let embedded = text;
	for (const photo of photos) embedded = embedded.replace(`](./${photoFolder}/${photo.file})`, `](${photo.dataUrl})`);
	return embedded;
}

const imageTypes = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
const embedded = /\]\(data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})\)/g;

export type EmbeddedPhoto = { file: string; base64: string };

/**
 * The photos carried inside a sent entry, named for `entryFile`, and the
 * entry with links to them by name. Only JPEG, PNG and WebP `data:`
 * addresses are taken; anything else stays in the text for the check to see.
 */
export function extractEmbeddedPhotos(text: string, entryFile: string): { text: string; photos: EmbeddedPhoto[] } {
	const photos: EmbeddedPhoto[] = [];
	const linked = text.replace(embedded, (_, type: keyof typeof imageTypes, base64: string) => {
		const file = photoFileName(entryFile, photos.length + 1, imageTypes[type]);
		photos.push({ file, base64 });
		return `](./${photoFolder}/${file})`;
	});
	return { text: linked, photos };
}
