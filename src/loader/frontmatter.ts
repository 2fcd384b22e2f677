/**
 * Reads content files the same way for the build, the checker and the
 * command-line tools: YAML 1.2 (so `2026-12-05T09:00` stays the text the
 * contributor wrote, never a guessed time zone), and the line of every key, so
 * a problem can point at the line to fix.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type Path = (string | number)[];

export class ContentSyntaxError extends Error {
	readonly line: number;
	constructor(line: number, message: string) {
		super(message);
		this.line = line;
	}
}

export type ParsedYaml = {
	data: unknown;
	/** The 1-based line of the key (or list item) at `path`, or the nearest parent that exists. */
	lineOf: (path: Path) => number;
};

export type ParsedMarkdown = ParsedYaml & {
	body: string;
	/** The 1-based line where the body starts. */
	bodyLine: number;
};

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const error = doc.errors[0];
	if (error) {
		const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
		throw new ContentSyntaxError(line, yamlErrorExpected(error.code, error.message));
	}
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	return {
		data: doc.toJS({ maxAliasCount: 50 }),
		lineOf: (path) => lineOfPath(doc, path, lineAt, firstLine),
	};
}

function yamlErrorExpected(code: string, message: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'each field once (this field is written twice)';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
		case 'BLOCK_AS_IMPLICIT_KEY':
			return `valid YAML: "field: value" lines, lists as "- item" (${message.split('\n')[0]})`;
		default:
			return `valid YAML (${message.split('\n')[0]})`;
	}
}

function lineOfPath(doc: Document, path: Path, lineAt: (offset: number) => number, fallback: number): number {
	let node: Node | null | undefined = doc.contents;
	let line = node?.range ? lineAt(node.range[0]) : fallback;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
			if (!pair) break;
			const key = pair.key as Node;
			if (key.range) line = lineAt(key.range[0]);
			node = pair.value as Node | null;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) break;
			if (item.range) line = lineAt(item.range[0]);
			node = item;
		} else break;
	}
	return line;
}

/**
 * Markdown ends a raw HTML block opened by <script>, <style>, <pre> or
 * <textarea> only at the closing tag in lower case; a browser takes any case.
 * A body written with `</SCRIPT>` would otherwise turn the rest of the file
 * into raw HTML (published as text, its images never checked): the closing
 * tags get one spelling before anything reads the body.
 */
const rawTextCloser = /<\/(script|style|pre|textarea)\s*>/gi;
const normaliseClosingTags = (body: string) => body.replace(rawTextCloser, (_, tag: string) => `</${tag.toLowerCase()}>`);

const opening = /^\uFEFF?---[ \t]*\r?\n/;
const closing = /^---[ \t]*$/m;

/** Splits `---` frontmatter from the Markdown body and parses it. */
export function parseMarkdownFile(source: string): ParsedMarkdown {
	const open = opening.exec(source);
	if (!open) {
		throw new ContentSyntaxError(1, 'the file to start with a line of three dashes (---), then the fields, then ---');
	}
	const rest = source.slice(open[0].length);
	const close = closing.exec(rest);
	if (!close) {
		throw new ContentSyntaxError(1, 'a closing line of three dashes (---) after the fields');
	}
	const yamlSource = rest.slice(0, close.index);
	const parsed = parseYaml(yamlSource, 2);
	const afterClose = normaliseClosingTags(rest.slice(close.index + close[0].length).replace(/^\r?\n/, ''));
	const bodyLine = 2 + yamlSource.split('\n').length;
	if (parsed.data === null || parsed.data === undefined) {
		return { data: {}, lineOf: () => 1, body: afterClose, bodyLine };
	}
	if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
		throw new ContentSyntaxError(2, 'fields written as "name: value" between the two --- lines');
	}
	return { ...parsed, body: afterClose, bodyLine };
}
