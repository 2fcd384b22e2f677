/**
 * Checks one entry's file text, as `npm run check` would, before it is
 * written: used by `npm run new` and by the submission form in the browser,
 * so a contributor sees the same one-line messages everywhere.
 */
import { ContentSyntaxError, parseMarkdownFile } from '../loader/frontmatter.ts';
import { collectionSources } from '../schemas/collections.ts';
import { findReferences, type CollectionName } from '../schemas/references.ts';
import type { Problem } from './problem.ts';
import { unsafeBodyProblems } from './rules/html.ts';
import { unknownReference } from './rules/references.ts';
import { issuesToProblems } from './zod-issues.ts';

export type KnownIds = Partial<Record<CollectionName, readonly string[]>>;

export function checkEntryText(collection: CollectionName, file: string, text: string, known: KnownIds): Problem[] {
	let parsed;
	try {
		parsed = parseMarkdownFile(text);
	} catch (error) {
		if (!(error instanceof ContentSyntaxError)) throw error;
		return [{ file, line: error.line, field: 'file', found: 'text that is not valid frontmatter', expected: error.message }];
	}
	const schema = collectionSources[collection].schema;
	const result = schema.safeParse(parsed.data, { reportInput: true });
	if (!result.success) {
		return issuesToProblems(result.error.issues, { file, schema, lineOf: parsed.lineOf, kind: collection });
	}
	const references = findReferences(schema, parsed.data).flatMap((ref) => {
		const ids = known[ref.collection] ?? [];
		return ids.includes(ref.id) ? [] : [unknownReference(ids, file, parsed.lineOf(ref.path), ref)];
	});
	return [...references, ...unsafeBodyProblems(file, parsed.bodyLine, parsed.body)];
}
