/** Photos and images exist beside the file that uses them, in a format the site can resize, and not too large. */
import { statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { outlineOf } from '../../lib/markdown-outline.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

export const photoFormats = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];
/** Above this, a phone photo has not been prepared for the web; the site resizes, but the repository keeps every byte. */
export const maxImageBytes = 2 * 1024 * 1024;

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
	if (size > maxImageBytes) {
		return {
			file: fromFile,
			...where,
			found: `${shown} of ${(size / 1024 / 1024).toFixed(1)} MB`,
			expected: `an image of at most ${maxImageBytes / 1024 / 1024} MB (resize it to about 800 pixels wide)`,
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
