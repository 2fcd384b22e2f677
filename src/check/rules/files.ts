/** Files where they belong, named as the site expects, each id used once. */
import { extname } from 'node:path';
import { listFiles } from '../../loader/files.ts';
import { collectionNames, collectionSources, contentDir, placeOf } from '../../schemas/collections.ts';
import type { ContentEntry, ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';
import { duplicateIdProblem, fileNameProblems } from './file-names.ts';

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];

/** Top-level files and folders of `content/` that are not collections. */
const otherContent = ['content/site.yaml', 'content/docs/', 'content/i18n/'];

const collectionPlaces = collectionNames.map(placeOf);

export function checkFiles(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const file of listFiles(index.root, contentDir)) {
		if ([...collectionPlaces, ...otherContent].some((place) => file === place || file.startsWith(place))) continue;
		problems.push({
			file,
			line: 1,
			field: 'file',
			found: 'a file outside the collection folders',
			expected: `it in one of ${collectionPlaces.join(', ')}`,
		});
	}

	for (const name of collectionNames) {
		const source = collectionSources[name];
		if (source.format !== 'markdown') continue;
		for (const file of listFiles(index.root, source.folder)) {
			const ext = extname(file).toLowerCase();
			if (ext === '.md' || imageExtensions.includes(ext)) continue;
			problems.push({
				file,
				line: 1,
				field: 'file',
				found:
					ext === '.mdx' ? 'an MDX file (MDX can run code when the site is built)' : ext ? `a ${ext} file` : 'a file without an extension',
				expected: `Markdown (.md) files and images only in ${source.folder}/`,
			});
		}
	}

	for (const name of collectionNames) {
		const isList = collectionSources[name].format === 'list';
		const where = (entry: ContentEntry) => (isList ? `${entry.file}:${entry.lineOf(['id'])}` : entry.file);
		const byId = new Map<string, ContentEntry[]>();
		for (const entry of index.entries[name]) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
		for (const entries of byId.values()) {
			if (entries.length > 1) {
				for (const entry of entries) {
					problems.push(duplicateIdProblem(entry, entries.filter((e) => e !== entry).map(where), isList));
				}
			}
			if (!isList) for (const entry of entries) problems.push(...fileNameProblems(entry));
		}
	}
	return problems;
}
