/** Every id points at an entry that exists, and nothing published points at a draft. */
import { collectionNames, collectionSources, placeOf } from '../../schemas/collections.ts';
import { findReferences, type Reference } from '../../schemas/references.ts';
import type { ContentIndex } from '../read-content.ts';
import { formatPath, type Problem } from '../../loader/problem.ts';
import { isDraft } from '../../loader/draft.ts';

/** The problem for a reference to an entry that does not exist, listing some that do. */
export function unknownReference(known: readonly string[], file: string, line: number, ref: Reference): Problem {
	return {
		file,
		line,
		field: formatPath(ref.path),
		found: `"${ref.id}", which is not in ${placeOf(ref.collection)}`,
		expected: known.length
			? `the id of one of the ${ref.collection}: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`
			: `the id of an entry in ${placeOf(ref.collection)} (there are none yet)`,
	};
}

/** The problem for a published entry pointing at a draft. */
export function draftReference(file: string, line: number, ref: Reference, targetFile: string): Problem {
	return {
		file,
		line,
		field: formatPath(ref.path),
		found: `"${ref.id}", which is a draft (${targetFile})`,
		expected: 'links to published entries only: publish it first, or make this entry a draft too',
	};
}

export function checkReferences(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const name of collectionNames) {
		const schema = collectionSources[name].schema;
		for (const entry of index.entries[name]) {
			if (entry.data === undefined) continue;
			for (const ref of findReferences(schema, entry.raw)) {
				const field = formatPath(ref.path);
				const line = entry.lineOf(ref.path);
				const target = index.get(ref.collection, ref.id);
				if (!target) {
					problems.push(
						unknownReference(
							index.entries[ref.collection].map((e) => e.id),
							entry.file,
							line,
							ref,
						),
					);
				} else if (isDraft(target.raw) && !isDraft(entry.raw)) {
					problems.push(draftReference(entry.file, line, ref, target.file));
				} else if (ref.collection === name && ref.id === entry.id) {
					problems.push({ file: entry.file, line, field, found: `"${ref.id}", this entry itself`, expected: 'the id of another entry' });
				}
			}
		}
	}
	return problems;
}
