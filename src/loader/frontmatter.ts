/**
 * Reads content files the same way for the build, the checker and the
 * command-line tools: YAML 1.2 (so `2026-12-05T09:00` stays the text the
 * contributor wrote, never a guessed time zone), and the line of every key, so
 * a problem can point at the line to fix.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type ErrorCode, type Node } from 'yaml';

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
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const error = doc.errors[0];
	if (error) throw new ContentSyntaxError(lineAt(error.pos[0]), yamlErrorExpected(error.code, error.message));
	// Content never needs `&anchor` and `*alias`, and a few of them can expand
	// to billions of values ("billion laughs"): refuse them before expanding.
	let alias: Node | undefined;
	visit(doc, {
		Alias(_, node) {
			alias = node;
			return visit.BREAK;
		},
	});
	if (alias && isAlias(alias)) {
		const line = alias.range ? lineAt(alias.range[0]) : firstLine;
		throw new ContentSyntaxError(
			line,
			`the text written out in full instead of *${alias.source}: the site does not accept YAML anchors (&) and aliases (*)`,
		);
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 0 });
	} catch {
		// Only an alias can make toJS throw, and aliases were refused above; this is the last guard against a stack trace.
		throw new ContentSyntaxError(firstLine, 'the text written out in full: the site does not accept YAML anchors (&) and aliases (*)');
	}
	return {
		data,
		lineOf: (path) => lineOfPath(doc, path, lineAt, firstLine),
	};
}

const yamlLayout = 'one "field: value" per line, lists as "- item" lines, indented with spaces';
/** Text with ": " or " #" inside, which YAML reads as a field or a comment, is what contributors most often trip on. */
const quoteIt = 'the text in double quotes, like title: "Budget: what next" (a colon and a space inside text start a new field)';

/**
 * What to write instead, for every error the `yaml` package reports: one
 * plain sentence, never its own message (which names parser internals).
 */
export function yamlErrorExpected(code: ErrorCode, message = ''): string {
	// A list or group in [ ] or { } left open: the parser notices only on a later line.
	if (/end with an? [\]}]/.test(message)) return 'a closing bracket ] or } for the list or group opened above this line';
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'each field once (this field is written twice)';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return quoteIt;
		case 'MISSING_CHAR':
			return 'a closing quote or bracket for the one opened on this line';
		case 'BAD_DQ_ESCAPE':
			return 'text in double quotes without a backslash (\\), or the text in single quotes';
		case 'TAB_AS_INDENT':
			return `spaces, not tabs, at the start of the line (${yamlLayout})`;
		case 'MULTIPLE_DOCS':
			return 'one group of fields: only the first and last lines are ---';
		case 'BAD_SCALAR_START':
			return 'text that does not start with @, `, % or a | > sign, or the text in double quotes';
		case 'ALIAS_PROPS':
		case 'BAD_ALIAS':
		case 'MULTIPLE_ANCHORS':
			return 'the text written out in full: the site does not accept YAML anchors (&) and aliases (*)';
		case 'BAD_DIRECTIVE':
		case 'BAD_PROP_ORDER':
		case 'MULTIPLE_TAGS':
		case 'TAG_RESOLVE_FAILED':
		case 'BAD_COLLECTION_TYPE':
			return 'plain values without YAML tags (!) or directives (%)';
		case 'KEY_OVER_1024_CHARS':
			return `a field name before each colon; ${quoteIt}`;
		case 'NON_STRING_KEY':
			return 'field names written as plain words, like title:';
		case 'RESOURCE_EXHAUSTION':
			return 'a smaller file';
		case 'BAD_INDENT':
		case 'BLOCK_IN_FLOW':
		case 'UNEXPECTED_TOKEN':
		case 'IMPOSSIBLE':
			return yamlLayout;
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
