/** Bodies carry no HTML the site would remove: scripts, event handlers, javascript: links, foreign frames, styles. */
import { markdownToHtml } from 'satteri';
import { unsafeHtmlIn } from '../../lib/sanitize-html.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

export function checkHtml(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const name of collectionNames) {
		for (const entry of index.entries[name]) {
			if (!/[<:]/.test(entry.body)) continue;
			const found = unsafeHtmlIn(markdownToHtml(entry.body).html);
			if (found.length === 0) continue;
			problems.push({
				file: entry.file,
				line: entry.bodyLine,
				field: 'body',
				found: found.join(', '),
				expected: 'Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
			});
		}
	}
	return problems;
}
