/** Bodies carry no HTML the site would remove: scripts, event handlers, javascript: links, foreign frames, styles. */
import { unsafeMarkdownIn } from '../../lib/sanitize-html.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

export function unsafeBodyProblem(file: string, line: number, body: string): Problem | undefined {
	if (!/[<:]/.test(body)) return undefined;
	const found = unsafeMarkdownIn(body);
	if (found.length === 0) return undefined;
	return {
		file,
		line,
		field: 'body',
		found: found.join(', '),
		expected: 'Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
	};
}

export function checkHtml(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const name of collectionNames) {
		for (const entry of index.entries[name]) {
			const problem = unsafeBodyProblem(entry.file, entry.bodyLine, entry.body);
			if (problem) problems.push(problem);
		}
	}
	return problems;
}
