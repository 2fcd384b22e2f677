/**
 * Finds, in the checker's source, every message a contributor can read: the
 * text given as `found`, `expected`, `error` or `message`, and the phrases
 * handed to `text()` and the sanitiser's report; and the tools' own messages,
 * handed to `fill()` (or `tell()`, npm run new's shorthand for it). Each becomes a pattern with
 * `{}` where the code fills a value in, so the message catalogue can be
 * checked against the code: a new message without a translation fails a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { listFiles } from '../src/loader/files.ts';

/** Where checker messages are written. */
export const messageSourceDirs = ['src/schemas', 'src/check', 'src/config'];
export const messageSourceFiles = [
	'src/lib/values/zoned-time.ts',
	'src/lib/values/partial-date.ts',
	'src/loader/frontmatter.ts',
	'src/lib/sanitize-html.ts',
	// The command-line tools a contributor runs: their own messages, such as npm run new's questions.
	'scripts/check.ts',
	'scripts/new.ts',
];

const messageProperties = new Set(['found', 'expected', 'error', 'message']);
const messageCalls = new Set(['text', 'localized', 'localizedOptional', 'removed', 'ContentSyntaxError', 'fill', 'tell']);
/** Functions whose results are words of a message. */
const messageFunctions = new Set(['yamlErrorExpected', 'expectedFor', 'describeValue']);
/** Tables whose values are words of a message. */
const messageTables = new Set(['typeNames', 'kinds', 'oneOf']);

export type MessageSource = { file: string; line: number; pattern: string };

/** The literal text of an expression as a pattern, or the patterns of each branch of a condition. */
function patternsOf(node: ts.Expression): string[] {
	if (ts.isParenthesizedExpression(node)) return patternsOf(node.expression);
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
	if (ts.isTemplateExpression(node)) {
		// Words filled into the template are messages of their own: `a ${ext || 'file without extension'}`.
		const inner = node.templateSpans.flatMap((span) => alternativesOf(span.expression)).filter((text) => / /.test(text.trim()));
		return [node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join(''), ...inner];
	}
	if (ts.isConditionalExpression(node)) return [...patternsOf(node.whenTrue), ...patternsOf(node.whenFalse)];
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
		const left = patternsOf(node.left);
		const right = patternsOf(node.right);
		return [`${left.length ? left[0] : '{}'}${right.length ? right[0] : '{}'}`];
	}
	return [];
}

/** The literal choices of `a || 'b'`, `a ?? 'b'` and `c ? 'a' : 'b'`. */
function alternativesOf(node: ts.Expression): string[] {
	if (ts.isParenthesizedExpression(node)) return alternativesOf(node.expression);
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
	if (ts.isConditionalExpression(node)) return [...alternativesOf(node.whenTrue), ...alternativesOf(node.whenFalse)];
	if (
		ts.isBinaryExpression(node) &&
		(node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
	) {
		return [...alternativesOf(node.left), ...alternativesOf(node.right)];
	}
	return [];
}

export function messageSources(root: string): MessageSource[] {
	const files = [
		...messageSourceDirs.flatMap((dir) => listFiles(root, dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))),
		...messageSourceFiles,
	];
	const out: MessageSource[] = [];
	for (const file of files) {
		const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf-8'), ts.ScriptTarget.Latest, true);
		const add = (node: ts.Expression) => {
			const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
			for (const pattern of patternsOf(node)) if (/[a-z]/i.test(pattern.replace(/\{\}/g, ''))) out.push({ file, line, pattern });
		};
		const visit = (node: ts.Node) => {
			if (ts.isPropertyAssignment(node) && messageProperties.has(node.name.getText(source))) add(node.initializer);
			if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && messageCalls.has(node.expression.getText(source))) {
				const args = node.arguments ?? [];
				const message = node.expression.getText(source) === 'ContentSyntaxError' ? args[1] : args[0];
				if (message) add(message);
			}
			if (ts.isVariableDeclaration(node) && /Expected$/.test(node.name.getText(source)) && node.initializer) add(node.initializer);
			if (ts.isVariableDeclaration(node) && messageTables.has(node.name.getText(source))) {
				const table = node.initializer;
				if (table && ts.isObjectLiteralExpression(table)) {
					for (const property of table.properties) if (ts.isPropertyAssignment(property)) add(property.initializer);
				}
			}
			if (ts.isReturnStatement(node) && node.expression) {
				const owner = ts.findAncestor(node, ts.isFunctionDeclaration);
				if (owner?.name && messageFunctions.has(owner.name.text)) add(node.expression);
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return out;
}
