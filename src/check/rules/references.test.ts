/**
 * References between entries, unsafe HTML in bodies and the toolkit pages'
 * frontmatter: each mistake said at its line, with what would be right.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readContent } from '../read-content.ts';
import { checkDocs } from './docs.ts';
import { checkHtml, unsafeBodyProblems } from './html.ts';
import { checkReferences, unknownReference } from './references.ts';

const index = (name: string, files: Record<string, string>) => readContent(smallSiteWith(`references-${name}`, files).root, []);
const person = (extra: string) => `---\nname: Someone\nrole: Volunteer\nconsent: { name: true }\n${extra}---\n`;

describe('a reference', () => {
	it('to an entry that does not exist lists up to eight that do', () => {
		const ref = { collection: 'themes' as const, id: 'nutrtion', path: ['themes', 0] };
		const many = Array.from({ length: 9 }, (_, i) => `t${i + 1}`);
		expect(formatProblem(unknownReference(many, 'f.md', 3, ref))).toBe(
			'f.md:3: themes[0]: found "nutrtion", which is not in content/themes.yaml; expected the id of one of the themes: t1, t2, t3, t4, t5, t6, t7, t8, …',
		);
		expect(formatProblem(unknownReference(many.slice(0, 8), 'f.md', 3, ref))).toBe(
			'f.md:3: themes[0]: found "nutrtion", which is not in content/themes.yaml; expected the id of one of the themes: t1, t2, t3, t4, t5, t6, t7, t8',
		);
		expect(formatProblem(unknownReference([], 'f.md', 3, ref))).toBe(
			'f.md:3: themes[0]: found "nutrtion", which is not in content/themes.yaml; expected the id of an entry in content/themes.yaml (there are none yet)',
		);
	});

	it('from a published entry to a draft is refused; from a draft it is not', () => {
		expect(
			checkReferences(
				index('drafts', {
					'content/people/points-at-draft.md': person('organisation: draft-org\n'),
					'content/people/draft-too.md': person('organisation: draft-org\ndraft: true\n'),
					'content/organisations/draft-org.md': '---\nname: Draft\nkind: cso\ncountry: NG\ndraft: true\n---\n',
				}),
			).map(formatProblem),
		).toEqual([
			'content/people/points-at-draft.md:5: organisation: found "draft-org", which is a draft (content/organisations/draft-org.md); expected links to published entries only: publish it first, or make this entry a draft too',
		]);
	});

	it('from an entry to itself is refused; one whose schema failed is not looked at', () => {
		const glossary =
			'- id: ground-rules\n  term: { en: Ground rules, lo: ກົດລະບຽບ }\n  definition: { en: Agreed. }\n  related: [ground-rules]\n- id: broken\n  related: [nowhere]\n';
		expect(checkReferences(index('itself', { 'content/glossary.yaml': glossary })).map(formatProblem)).toEqual([
			'content/glossary.yaml:4: related[0]: found "ground-rules", this entry itself; expected the id of another entry',
		]);
	});
});

describe('unsafe HTML in a body', () => {
	const expected = 'expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames';

	it('is said at each line it is on, counting from the body’s first line', () => {
		const body = 'Fine text.\n\n<script>alert(1)</script>\n\n[a link](javascript:alert(1))\n';
		expect(unsafeBodyProblems('f.md', 10, body).map(formatProblem)).toEqual([
			`f.md:12: body: found a <script> element; ${expected}`,
			`f.md:14: body: found a javascript: address; ${expected}`,
		]);
	});

	it('inside a fenced code block is shown as code, not refused, until the fence closes', () => {
		const body =
			'````md\n<script>in code</script>\n```\n<script>still code</script>\n````\n<iframe src="https://evil.example"></iframe>\n~~~\n<script>x</script>\n~~~\n';
		expect(unsafeBodyProblems('f.md', 1, body).map((p) => `${p.line}: ${p.found}`)).toEqual([
			'6: a frame from a site that is not a video host',
		]);
	});

	it('that only the whole body shows (a tag over several lines) is said at the first line', () => {
		expect(unsafeBodyProblems('f.md', 5, 'Text\n<img src="x.png"\n  onerror="alert(1)">\n').map((p) => `${p.line}: ${p.found}`)).toEqual([
			'5: an event handler (onerror)',
		]);
	});

	it('is looked for in every collection', () => {
		expect(checkHtml(index('html', { 'content/people/scripted.md': `${person('')}\n<script>x</script>\n` })).map(formatProblem)).toEqual([
			`content/people/scripted.md:7: body: found a <script> element; ${expected}`,
		]);
	});

	it('is not looked for in text without < or :', () => {
		expect(unsafeBodyProblems('f.md', 1, 'Plain words only.\nMore words.')).toEqual([]);
	});
});

describe('toolkit and guide pages', () => {
	const page = (frontmatter: string, body = 'Text.') => `---\ntitle: A page\nkind: principle\n${frontmatter}---\n\n${body}\n`;

	it('are refused as MDX, and read as Markdown with the fields the site adds', () => {
		expect(
			checkDocs(
				index('docs', {
					'content/docs/toolkit/run-code.mdx': page(''),
					'content/docs/toolkit/notes.txt': 'ignored',
					'content/docs/toolkit/themed.md': page('themes: [nutrtion]\n'),
					'content/docs/toolkit/untitled.md': '---\ndescription: No title\nkind: principle\n---\n',
					'content/docs/toolkit/scripted.md': page('', '<script>x</script>'),
					'content/docs/toolkit/broken.md': '---\ntitle: [unclosed\n---\n',
					'content/docs/toolkit/misfiled.md': '---\ntitle: A page\nkind: principal\n---\n',
				}),
			).map(formatProblem),
		).toEqual([
			'content/docs/toolkit/broken.md:3: file: found text that is not valid frontmatter; expected a closing bracket ] or } for the list or group opened above this line',
			'content/docs/toolkit/misfiled.md:3: kind: found "principal"; expected one of principle, how-to, guide, template, reference',
			'content/docs/toolkit/run-code.mdx:1: file: found an MDX file (MDX can run code when the site is built); expected a Markdown (.md) page: rename it to .md and write components as plain Markdown',
			'content/docs/toolkit/scripted.md:6: body: found a <script> element; expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
			'content/docs/toolkit/themed.md:4: themes[0]: found "nutrtion", which is not in content/themes.yaml; expected the id of one of the themes: nutrition, fundraising',
			'content/docs/toolkit/untitled.md:2: title: found nothing; expected the page title',
		]);
	});
});
