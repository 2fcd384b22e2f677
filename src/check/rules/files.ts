/** Files where they belong, named as the site expects, each id used once. */
import { basename, extname } from 'node:path';
import { listFiles } from '../../loader/files.ts';
import { collectionNames, collectionSources, contentDir, placeOf } from '../../schemas/collections.ts';
import { idPattern } from '../../schemas/references.ts';
import type { ContentEntry, ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

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
				found: ext === '.mdx' ? 'an MDX file (MDX can run code when the site is built)' : `a ${ext || 'extensionless'} file`,
				expected: `Markdown (.md) files and images only in ${source.folder}/`,
			});
		}
	}

	for (const name of collectionNames) {
		const isList = collectionSources[name].format === 'list';
		const where = (entry: ContentEntry) => (isList ? `${entry.file}:${entry.lineOf(['id'])}` : entry.file);
		const byId = new Map<string, ContentEntry[]>();
		for (const entry of index.entries[name]) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
		for (const [id, entries] of byId) {
			if (entries.length > 1) {
				for (const entry of entries) {
					problems.push({
						file: entry.file,
						line: isList ? entry.lineOf(['id']) : 1,
						field: isList ? 'id' : 'file',
						found: `the id "${id}", also used by ${entries
							.filter((e) => e !== entry)
							.map(where)
							.join(', ')}`,
						expected: `an id used once in ${name}: rename one of them`,
					});
				}
			}
			const entry = entries[0]!;
			if (!isList && !idPattern.test(id)) {
				problems.push({
					file: entry.file,
					line: 1,
					field: 'file',
					found: `the file name "${basename(entry.file)}"`,
					expected: 'a file name of lowercase letters, digits and hyphens, ending in .md',
				});
			}
		}
	}

	for (const session of index.entries.sessions) {
		const written = typeof session.raw.date === 'string' ? session.raw.date.slice(0, 10) : undefined;
		if (!/^\d{4}-\d{2}-\d{2}-/.test(session.id)) {
			problems.push({
				file: session.file,
				line: 1,
				field: 'file',
				found: `the file name "${basename(session.file)}"`,
				expected: `a name starting with the session's date, like ${written ?? '2026-12-04'}-short-topic.md`,
			});
		} else if (written && /^\d{4}-\d{2}-\d{2}$/.test(written) && !session.id.startsWith(written)) {
			problems.push({
				file: session.file,
				line: session.lineOf(['date']),
				field: 'date',
				found: `"${written}", but the file name starts with ${session.id.slice(0, 10)}`,
				expected: 'the same day in the date and at the start of the file name',
			});
		}
	}

	for (const award of index.entries.awards) {
		const month = typeof award.raw.month === 'string' ? award.raw.month : undefined;
		if (month && !award.id.startsWith(`${month}-`)) {
			problems.push({
				file: award.file,
				line: 1,
				field: 'file',
				found: `the file name "${basename(award.file)}"`,
				expected: `a name starting with the award's month, like ${month}-${typeof award.raw.series === 'string' ? award.raw.series : 'series'}.md`,
			});
		}
	}
	return problems;
}
