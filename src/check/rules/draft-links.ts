/**
 * Nothing published links to a draft from its text. Kept apart from the
 * reference rules, which the contribute form runs in the browser: reading
 * Markdown needs Sätteri's native parser.
 */
import { outlineOf } from '../../lib/markdown-outline.ts';
import { collectionNames } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/references.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';
import { isDraft } from '../../loader/draft.ts';

/** A link in a body to an entry's page (`/lo/sessions/<id>/`) or file (`../sessions/<id>.md`). */
const entryLink = /(?:^|\/)(sessions|briefs|people|organisations|series)\/([^/#?]+?)(?:\.md)?\/?(?:[#?].*)?$/;

export function checkDraftLinks(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const name of collectionNames) {
		for (const entry of index.entries[name]) {
			if (isDraft(entry.raw) || !entry.body.includes('](')) continue;
			for (const link of outlineOf(entry.body, entry.bodyLine).links) {
				if (link.url.includes('://')) continue;
				const [, folder, id] = entryLink.exec(link.url) ?? [];
				const target = folder && id ? index.get(folder as CollectionName, id) : undefined;
				if (!target || !isDraft(target.raw)) continue;
				problems.push({
					file: entry.file,
					line: link.line,
					field: 'body',
					found: `a link to ${link.url}, which is a draft (${target.file})`,
					expected: 'links to published entries only: publish it first, or take the link out',
				});
			}
		}
	}
	return problems;
}
