/**
 * Pictures a page uses: beside the file, in a format the site resizes, not
 * too heavy or too large, and what their name says they are.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readContent } from '../read-content.ts';
import { checkImages } from './images.ts';

/** The header of a PNG of this size: all the checker reads of it. */
function png(width: number, height: number): Uint8Array {
	const bytes = new Uint8Array(33);
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
	const view = new DataView(bytes.buffer);
	view.setUint32(16, width);
	view.setUint32(20, height);
	return bytes;
}

const organisation = (body: string) => `---\nname: Pictured\nkind: cso\ncountry: NG\n---\n\n${body}\n`;
const file = 'content/organisations/pictured.md';

function imageProblems(name: string, body: string, files: Record<string, string | Uint8Array> = {}): string[] {
	const site = smallSiteWith(`images-${name}`, { [file]: organisation(body), ...files });
	return checkImages(readContent(site.root, []))
		.map(formatProblem)
		.filter((line) => line.startsWith(file));
}

describe('an image in a body', () => {
	it('beside the file, of a readable size, passes; so does an AVIF, whose header is not read', () => {
		expect(
			imageProblems('fine', '![Team](./photos/team.png)\n\n![Plan](photos/plan%20two.avif)', {
				'content/organisations/photos/team.png': png(800, 600),
				'content/organisations/photos/plan two.avif': 'avif',
			}),
		).toEqual([]);
	});

	it('from another site or from the site root is refused: the site cannot resize it', () => {
		expect(
			imageProblems(
				'elsewhere',
				'![a](https://example.org/a.jpg)\n\n![b](//cdn.example.org/b.png)\n\n![c](/c.png)\n\n![d](http://example.org/d.jpg)',
			),
		).toEqual([
			`${file}:7: body: found an image from elsewhere, "https://example.org/a.jpg"; expected an image file beside this one, like ./photos/name.jpg, so the site can resize it`,
			`${file}:9: body: found an image from elsewhere, "//cdn.example.org/b.png"; expected an image file beside this one, like ./photos/name.jpg, so the site can resize it`,
			`${file}:11: body: found an image from elsewhere, "/c.png"; expected an image file beside this one, like ./photos/name.jpg, so the site can resize it`,
			`${file}:13: body: found an image from elsewhere, "http://example.org/d.jpg"; expected an image file beside this one, like ./photos/name.jpg, so the site can resize it`,
		]);
		// A doubled slash inside a path beside the file is still that file, not another site.
		expect(imageProblems('doubled-slash', '![a](./pictures//a.png)', { 'content/organisations/pictures/a.png': png(10, 10) })).toEqual([]);
	});

	it('in a format the site cannot resize, or missing, is said with the path looked for', () => {
		expect(imageProblems('format', '![a](./a.gif)\n\n![b](./b)\n\n![c](./photos/gone.JPG)')).toEqual([
			`${file}:7: body: found "./a.gif", a .gif; expected a JPEG, PNG, WebP or AVIF image (.jpg, .jpeg, .png, .webp, .avif)`,
			`${file}:9: body: found "./b", a file without extension; expected a JPEG, PNG, WebP or AVIF image (.jpg, .jpeg, .png, .webp, .avif)`,
			`${file}:11: body: found "./photos/gone.JPG", but there is no file content/organisations/photos/gone.JPG; expected the path of an image beside this file, like ./photos/name.jpg`,
		]);
	});

	it('that is not the picture its name says, or too many pixels, or too heavy, is refused', () => {
		const heavy = new Uint8Array(2 * 1024 * 1024 + 1);
		heavy.set(png(800, 600));
		// Exactly the limit in bytes and in pixels is still accepted.
		const justSo = new Uint8Array(2 * 1024 * 1024);
		justSo.set(png(800, 600));
		expect(
			imageProblems('wrong', '![a](./text.jpg)\n\n![b](./huge.png)\n\n![c](./heavy.png)\n\n![d](./edge.png)\n\n![e](./just-so.png)', {
				'content/organisations/text.jpg': 'not a picture',
				'content/organisations/huge.png': png(800, 6001),
				'content/organisations/heavy.png': heavy,
				'content/organisations/edge.png': png(6000, 6000),
				'content/organisations/just-so.png': justSo,
			}),
		).toEqual([
			`${file}:7: body: found content/organisations/text.jpg, which cannot be read as a picture; expected a JPEG, PNG, WebP or AVIF image (.jpg, .jpeg, .png, .webp, .avif)`,
			`${file}:9: body: found content/organisations/huge.png of 800 × 6001 pixels; expected an image at most 6000 pixels on each side (resize it to about 800 pixels wide)`,
			`${file}:11: body: found content/organisations/heavy.png of 2.0 MB; expected an image of at most 2 MB (resize it to about 800 pixels wide)`,
		]);
	});
});

describe("a person's photo", () => {
	it('is checked at the photo field; a person without one is not', () => {
		const site = smallSiteWith('images-photo', {
			'content/people/pictured.md':
				'---\nname: Pictured Person\nrole: Volunteer\nphoto: ./photos/missing.png\nconsent: { name: true, photo: true }\n---\n',
		});
		expect(checkImages(readContent(site.root, [])).map(formatProblem)).toEqual([
			'content/people/pictured.md:4: photo: found "./photos/missing.png", but there is no file content/people/photos/missing.png; expected the path of an image beside this file, like ./photos/name.jpg',
		]);
	});
});
