/**
 * How messages name collections and their entries, and the rule for a file
 * put in the wrong folder: shared by the whole-content check and the check
 * of one file (which runs in the browser, so nothing here reads the disk).
 */
import { collectionNames, collectionSources, placeOf } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/references.ts';
import type { Problem } from '../loader/problem.ts';

/** Singular names for messages such as "a field that sessions do not have". */
export const kinds: Record<CollectionName, string> = {
	briefs: 'briefs',
	sessions: 'sessions',
	series: 'series',
	people: 'people',
	organisations: 'organisations',
	awards: 'awards',
	plans: 'plans',
	themes: 'themes',
	glossary: 'glossary terms',
	sources: 'sources',
};

/** "a session", "a person": what one entry of a collection is called. */
export const oneOf: Record<CollectionName, string> = {
	briefs: 'a brief',
	sessions: 'a session',
	series: 'a series',
	people: 'a person',
	organisations: 'an organisation',
	awards: 'an award',
	plans: 'a plan',
	themes: 'a theme',
	glossary: 'a glossary term',
	sources: 'a source',
};

/** The collection a misplaced file belongs to: the one whose schema accepts it whole. */
function rightFolderFor(collection: CollectionName, raw: unknown): CollectionName | undefined {
	return collectionNames.find(
		(other) =>
			other !== collection && collectionSources[other].format === 'markdown' && collectionSources[other].schema.safeParse(raw).success,
	);
}

/** A Markdown file another collection's schema accepts whole: it is in the wrong folder. */
export function misplacedProblem(collection: CollectionName, file: string, raw: unknown): Problem | undefined {
	const belongs = collectionSources[collection].format === 'markdown' ? rightFolderFor(collection, raw) : undefined;
	if (!belongs) return undefined;
	return { file, line: 1, field: 'file', found: `${oneOf[belongs]} in ${placeOf(collection)}`, expected: `it in ${placeOf(belongs)}` };
}
