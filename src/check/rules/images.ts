/** Photos and images exist beside the file that uses them, in a format the site can resize, and not too large. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { imageDimensions } from '../../lib/image-dimensions.ts';
import { outlineOf } from '../../lib/markdown-outline.ts';
import { limits, megabytes } from '../../schemas/limits.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

export const photoFormats = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

/** The first 64 kB of a file: enough for any header's width and height. */
function head(absolute: string): Uint8Array {
	const buffer = new Uint8Array(64 * 1024);
	const fd = openSync(absolute, 'r');
	try {
		return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
	} finally {
		closeSync(fd);
	}
}

function checkImage(index: ContentIndex, fromFile: string, imagePath: string, where: { line: number; field: string }): Problem | undefined {
	const absolute = join(index.root, dirname(fromFile), imagePath);
	const shown = relative(index.root, absolute).split('\\').join('/');
	const ext = extname(imagePath).toLowerCase();
	if (!photoFormats.includes(ext)) {
		return {
			file: fromFile,
			...where,
			found: `"${imagePath}", a ${ext || 'file without extension'}`,
			expected: `a JPEG, PNG, WebP or AVIF image (${photoFormats.join(', ')})`,
		};
	}
	let size: number;
	try {
		size = statSync(absolute).size;
	} catch {
		return {
			file: fromFile,
			...where,
			found: `"${imagePath}", but there is no file ${shown}`,
			expected: 'the path of an image beside this file, like ./photos/name.jpg',
		};
	}
	if (size > limits.imageBytes) {
		return {
			file: fromFile,
			...where,
			found: `${shown} of ${(size / 1024 / 1024).toFixed(1)} MB`,
			expected: `an image of at most ${megabytes(limits.imageBytes)} (resize it to about 800 pixels wide)`,
		};
	}
	const dimensions = imageDimensions(head(absolute));
	// AVIF's header is not read here; the others must be the picture their name says.
	if (!dimensions && ext !== '.avif') {
		return {
			file: fromFile,
			...where,
			found: `${shown}, which cannot be read as a picture`,
			expected: `a JPEG, PNG, WebP or AVIF image (${photoFormats.join(', ')})`,
		};
	}
	if (dimensions && Math.max(dimensions.width, dimensions.height) > limits.imageSide) {
		return {
			file: fromFile,
			...where,
			found: `${shown} of ${dimensions.width} × ${dimensions.height} pixels`,
			expected: `an image at most ${limits.imageSide} pixels on each side (resize it to about 800 pixels wide)`,
		};
	}
	return undefined;
}

export function checkImages(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const person of index.entries.people) {
		if (typeof person.raw.photo !== 'string') continue;
		const problem = checkImage(index, person.file, person.raw.photo, { line: person.lineOf(['photo']), field: 'photo' });
		if (problem) problems.push(problem);
	}
	for (const name of collectionNames) {
		for (const entry of index.entries[name]) {
			if (!entry.body.trim()) continue;
			for (const image of outlineOf(entry.body, entry.bodyLine).images) {
				if (/^(https?:)?\/\//.test(image.url) || image.url.startsWith('/')) {
					problems.push({
						file: entry.file,
						line: image.line,
						field: 'body',
						found: `an image from elsewhere, "${image.url}"`,
						expected: 'an image file beside this one, like ./photos/name.jpg, so the site can resize it',
					});
					continue;
				}
				const problem = checkImage(index, entry.file, decodeURI(image.url), { line: image.line, field: 'body' });
				if (problem) problems.push(problem);
			}
		}
	}
	return problems;
}
