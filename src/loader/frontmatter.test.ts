import { describe, expect, it } from 'vitest';
import { ContentSyntaxError, parseMarkdownFile, parseYaml, yamlErrorExpected } from './frontmatter.ts';

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
		expect(attempt('---\ntitle: [a, b\n---\n')).toEqual({
			line: 3,
			message: 'a closing bracket ] or } for the list or group opened above this line',
		});
	});

	it('parses YAML lists with line numbers per item', () => {
		const { data, lineOf } = parseYaml('- id: a\n- id: b\n  label: x\n');
		expect(data).toEqual([{ id: 'a' }, { id: 'b', label: 'x' }]);
		expect(lineOf([1, 'label'])).toBe(3);
	});

	// One source per kind of mistake the yaml package reports as an error.
	it.each([
		['a colon inside a value', 'title: Budget: what next\n', 1, /in double quotes/],
		['a colon inside a nested value', 'takeaways:\n  - text: Lesson: write it down\n', 2, /in double quotes/],
		['an unclosed quote', 'title: "Budget\nlang: en\n', 3, /closing quote/],
		['an unclosed bracket', 'themes: [a, b\n', 2, /closing bracket/],
		['a tab as indentation', 'next:\n\ttopic: x\n', 2, /spaces, not tabs/],
		['two documents', 'a: 1\n---\nb: 2\n', 2, /one group of fields/],
		['a bad escape', 'title: "a \\q b"\n', 1, /backslash/],
		['a value starting with @', 'title: @home\n', 1, /does not start with @/],
		['an alias bomb', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', 2, /anchors \(&\) and aliases/],
		['an undefined alias', 'title: *nothing\n', 1, /anchors \(&\) and aliases/],
		['a field indented under a value', 'title: a\n  lang: en\n', 1, /in double quotes/],
		['a field written twice', 'a: 1\na: 2\n', 2, /each field once/],
	])('reports %s in one line at its line', (_, source, line, message) => {
		let caught: unknown;
		try {
			parseYaml(source);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ContentSyntaxError);
		const { line: at, message: text } = caught as ContentSyntaxError;
		expect(text).toMatch(message);
		expect(text).not.toContain('\n');
		expect(at).toBe(line);
	});

	it('has a plain sentence for every error code the yaml package has', () => {
		const codes = [
			'ALIAS_PROPS',
			'BAD_ALIAS',
			'BAD_DIRECTIVE',
			'BAD_DQ_ESCAPE',
			'BAD_INDENT',
			'BAD_PROP_ORDER',
			'BAD_SCALAR_START',
			'BLOCK_AS_IMPLICIT_KEY',
			'BLOCK_IN_FLOW',
			'DUPLICATE_KEY',
			'IMPOSSIBLE',
			'KEY_OVER_1024_CHARS',
			'MISSING_CHAR',
			'MULTILINE_IMPLICIT_KEY',
			'MULTIPLE_ANCHORS',
			'MULTIPLE_DOCS',
			'MULTIPLE_TAGS',
			'NON_STRING_KEY',
			'RESOURCE_EXHAUSTION',
			'TAB_AS_INDENT',
			'TAG_RESOLVE_FAILED',
			'UNEXPECTED_TOKEN',
			'BAD_COLLECTION_TYPE',
		] as const;
		for (const code of codes) expect(yamlErrorExpected(code), code).toMatch(/^[^\n]{10,}$/);
	});
});
