/** Files where they belong, named as the site expects, each id used once. */
import { basename, extname } from 'node:path';
import { listFiles } from '../../loader/files.ts';
import { collectionNames, collectionSources, contentDir } from '../../schemas/collections.ts';
import { idPattern } from '../../schemas/references.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];

/** Top-level files and folders of `content/` that are not collections. */
const otherContent = ['content/site.yaml', 'content/docs/', 'content/i18n/'];

const collectionPlaces = collectionNames.map((name) => {
	const source = collectionSources[name];
	return source.format === 'markdown' ? `${source.folder}/` : source.file;
});

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
		const seen = new Map<string, string>();
		for (const entry of index.entries[name]) {
			const first = seen.get(entry.id);
			if (first !== undefined) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(['id']),
					field: collectionSources[name].format === 'list' ? 'id' : 'file',
					found: `the id "${entry.id}", already used by ${first}`,
					expected: `an id used once in ${name}`,
				});
				continue;
			}
			seen.set(entry.id, `${entry.file}:${entry.lineOf([])}`);
			if (collectionSources[name].format === 'markdown' && !idPattern.test(entry.id)) {
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
				expected: `a name starting with the award's month, like ${month}-${String(award.raw.series ?? 'series')}.md`,
			});
		}
	}
	return problems;
}
