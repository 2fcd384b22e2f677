/** Bodies carry no HTML the site would remove: scripts, event handlers, javascript: links, foreign frames, styles. */
import { unsafeMarkdownIn } from '../../lib/sanitize-html.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

const expected = 'Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames';

/**
 * One problem for each line where the site would remove something, so a
 * contributor is taken to it. What only the whole body shows (an element
 * whose tag spans lines) is reported at the body's first line.
 */
export function unsafeBodyProblems(file: string, bodyLine: number, body: string): Problem[] {
	if (!/[<:]/.test(body)) return [];
	const problems: Problem[] = [];
	const seen = new Set<string>();
	let fence: string | undefined;
	body.split('\n').forEach((line, i) => {
		const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (!fence || marker.startsWith(fence))) {
			fence = fence ? undefined : marker;
			return;
		}
		if (fence || !/[<:]/.test(line)) return;
		const found = unsafeMarkdownIn(line);
		if (found.length === 0) return;
		found.forEach((what) => seen.add(what));
		problems.push({ file, line: bodyLine + i, field: 'body', found: found.join(', '), expected });
	});
	const rest = unsafeMarkdownIn(body).filter((what) => !seen.has(what));
	if (rest.length > 0) problems.unshift({ file, line: bodyLine, field: 'body', found: rest.join(', '), expected });
	return problems;
}

export function checkHtml(index: ContentIndex): Problem[] {
	return collectionNames.flatMap((name) =>
		index.entries[name].flatMap((entry) => unsafeBodyProblems(entry.file, entry.bodyLine, entry.body)),
	);
}
