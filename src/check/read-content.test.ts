/**
 * Reading a content folder before any rule looks across it: what a fork
 * without some files, an oversized file and a list file of the wrong shape
 * give the rules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '../schemas/limits.ts';
import type { Problem } from '../loader/problem.ts';
import { readContent } from './read-content.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A content folder holding only `files`. */
function contentWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'plh-read-content-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

function read(files: Record<string, string>) {
	const problems: Problem[] = [];
	const content = readContent(contentWith(files), problems);
	return { content, problems };
}

const theme = '- id: nutrition\n  label: { en: Nutrition, lo: ໂພຊະນາການ }\n';

/** Markdown of exactly `bytes` bytes: frontmatter, then padding in the body. */
function markdownOfSize(bytes: number): string {
	const head = '---\nname: Padded\n---\n';
	return head + 'a'.repeat(bytes - Buffer.byteLength(head));
}

describe('reading content', () => {
	it('reads a fork that has no themes, glossary or sources file: those lists are empty, and nothing is wrong', () => {
		const { content, problems } = read({ 'content/organisations/member-cso.md': '---\nname: Member CSO\nkind: cso\ncountry: NG\n---\n' });
		expect(problems).toEqual([]);
		expect(content.entries.themes).toEqual([]);
		expect(content.entries.glossary).toEqual([]);
		expect(content.entries.sources).toEqual([]);
		expect(content.get('organisations', 'member-cso')?.data).toBeDefined();
	});

	it('refuses an entry over the size limit with one problem, without reading it, and reads one of exactly the limit', () => {
		const over = read({ 'content/organisations/huge.md': markdownOfSize(limits.fileBytes + 1) });
		expect(over.problems).toEqual([
			expect.objectContaining({ file: 'content/organisations/huge.md', line: 1, field: 'file', found: 'a file of 1.0 MB' }),
		]);
		expect(over.content.entries.organisations).toEqual([]);

		const at = read({ 'content/organisations/huge.md': markdownOfSize(limits.fileBytes) });
		expect(at.problems.map((p) => p.field)).not.toContain('file');
		expect(at.content.get('organisations', 'huge')?.raw).toEqual({ name: 'Padded' });
	});

	it('refuses a list file over the size limit with one problem, and keeps no entries from it', () => {
		const { content, problems } = read({ 'content/themes.yaml': theme + `# ${'x'.repeat(limits.fileBytes)}\n` });
		expect(problems).toEqual([expect.objectContaining({ file: 'content/themes.yaml', line: 1, field: 'file' })]);
		expect(content.entries.themes).toEqual([]);
	});

	it('says a list file written as fields instead of a list is not a list, and keeps no entries from it', () => {
		const { content, problems } = read({ 'content/themes.yaml': 'id: nutrition\nlabel: Nutrition\n' });
		expect(problems).toEqual([
			{
				file: 'content/themes.yaml',
				line: 1,
				field: 'file',
				found: 'a group of fields',
				expected: 'a list of themes, each starting with "- id: ..."',
			},
		]);
		expect(content.entries.themes).toEqual([]);
	});

	it('names a list item without a text id by its place in the list, and says where its id is wrong', () => {
		const { content, problems } = read({
			'content/themes.yaml': `${theme}- label: { en: No id, lo: ບໍ່ມີ }\n- id: 5\n  label: { en: Number id, lo: ຕົວເລກ }\n`,
		});
		expect(content.entries.themes.map((entry) => entry.id)).toEqual(['nutrition', '#2', '#3']);
		expect(content.entries.themes.map((entry) => entry.body)).toEqual(['', '', '']);
		expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['3 [1].id', '4 [2].id']);
	});
});
