/**
 * What is allowed in `content/`: files in the collection folders (Markdown
 * and images), the site's settings, docs and strings; each id once.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { collectionNames, placeOf } from '../../schemas/collections.ts';
import { readContent } from '../read-content.ts';
import { checkFiles } from './files.ts';

const index = (name: string, files: Record<string, string>) => readContent(smallSiteWith(`files-${name}`, files).root, []);
const fileProblems = (name: string, files: Record<string, string>) => checkFiles(index(name, files)).map(formatProblem);

describe('files in content/', () => {
	it('are accepted in the collection folders, as Markdown and images of every kind the site resizes', () => {
		const images = Object.fromEntries(
			['jpg', 'JPEG', 'png', 'webp', 'avif', 'gif', 'svg'].map((ext) => [`content/people/photos/p.${ext}`, 'x']),
		);
		expect(
			fileProblems('allowed', { ...images, 'content/site.yaml': 'name: x\n', 'content/docs/extra.md': '---\ntitle: x\n---\n' }),
		).toEqual([]);
	});

	it('outside every collection folder are refused, with the folders there are', () => {
		expect(fileProblems('outside', { 'content/notes.txt': 'x', 'content/drafts/a.md': 'x' })).toEqual([
			`content/drafts/a.md:1: file: found a file outside the collection folders; expected it in one of ${collectionNames.map(placeOf).join(', ')}`,
			`content/notes.txt:1: file: found a file outside the collection folders; expected it in one of ${collectionNames.map(placeOf).join(', ')}`,
		]);
	});

	it('that are neither Markdown nor images are refused, MDX with the reason', () => {
		expect(fileProblems('kinds', { 'content/sessions/a.mdx': 'x', 'content/people/cv.pdf': 'x', 'content/people/README': 'x' })).toEqual([
			'content/sessions/a.mdx:1: file: found an MDX file (MDX can run code when the site is built); expected Markdown (.md) files and images only in content/sessions/',
			'content/people/README:1: file: found a file without an extension; expected Markdown (.md) files and images only in content/people/',
			'content/people/cv.pdf:1: file: found a .pdf file; expected Markdown (.md) files and images only in content/people/',
		]);
	});
});

describe('ids', () => {
	it('used twice in a list are each said at their line, naming the other', () => {
		// The second item names its id last; a list's ids are not file names, so "Food Security" is the schema's to refuse.
		const themes =
			'- id: nutrition\n  label: { en: Nutrition, lo: ໂພຊະນາການ }\n- label: { en: Food, lo: ອາຫານ }\n  id: nutrition\n- id: Food Security\n  label: { en: Food security, lo: ຄວາມໝັ້ນຄົງດ້ານສະບຽງອາຫານ }\n';
		expect(fileProblems('list', { 'content/themes.yaml': themes })).toEqual([
			'content/themes.yaml:1: id: found the id "nutrition", also used by content/themes.yaml:4; expected an id used once in themes: rename one of them',
			'content/themes.yaml:4: id: found the id "nutrition", also used by content/themes.yaml:1; expected an id used once in themes: rename one of them',
		]);
	});

	it('of Markdown files have their names checked', () => {
		expect(fileProblems('names', { 'content/organisations/Big CSO.md': '---\nname: Big\nkind: cso\ncountry: NG\n---\n' })).toEqual([
			'content/organisations/Big CSO.md:1: file: found the file name "Big CSO.md"; expected a file name of lowercase letters, digits and hyphens, ending in .md',
		]);
	});
});
