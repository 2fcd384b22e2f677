import { describe, expect, it } from 'vitest';
import { ContentSyntaxError, parseMarkdownFile, parseYaml } from './frontmatter.ts';

describe('parseMarkdownFile', () => {
	const source = '---\ntitle: Hello\ndate: 2026-12-05T09:00\nnext:\n  topic: More\nlist:\n  - a\n  - b\n---\n\nBody line\n';

	it('keeps dates as the text the contributor wrote', () => {
		const { data } = parseMarkdownFile(source);
		expect(data).toMatchObject({ title: 'Hello', date: '2026-12-05T09:00' });
	});

	it('knows the line of every field, nested ones and list items included', () => {
		const { lineOf, body, bodyLine } = parseMarkdownFile(source);
		expect(lineOf(['title'])).toBe(2);
		expect(lineOf(['date'])).toBe(3);
		expect(lineOf(['next', 'topic'])).toBe(5);
		expect(lineOf(['list', 1])).toBe(8);
		// A missing field points at its nearest parent.
		expect(lineOf(['next', 'missing'])).toBe(4);
		expect(body.trim()).toBe('Body line');
		expect(bodyLine).toBe(10);
	});

	it('reports malformed frontmatter with its line', () => {
		const attempt = (text: string) => {
			try {
				parseMarkdownFile(text);
				return undefined;
			} catch (error) {
				return error instanceof ContentSyntaxError ? { line: error.line, message: error.message } : error;
			}
		};
		expect(attempt('no frontmatter')).toMatchObject({ line: 1 });
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
		expect(attempt('---\ntitle: a\n')).toMatchObject({ line: 1, message: expect.stringContaining('closing line') });
		expect(attempt('---\ntitle: a\ntitle: b\n---\n')).toEqual({ line: 3, message: 'each field once (this field is written twice)' });
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
		expect(attempt('---\ntitle: [a, b\n---\n')).toMatchObject({ line: expect.any(Number), message: expect.stringContaining('valid YAML') });
	});

	it('parses YAML lists with line numbers per item', () => {
		const { data, lineOf } = parseYaml('- id: a\n- id: b\n  label: x\n');
		expect(data).toEqual([{ id: 'a' }, { id: 'b', label: 'x' }]);
		expect(lineOf([1, 'label'])).toBe(3);
	});
});
