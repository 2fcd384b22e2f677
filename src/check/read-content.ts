/**
 * Reads every collection from disk and validates it against its schema,
 * keeping what each file said and where, for the rules that look across
 * entries.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Path } from '../loader/frontmatter.ts';
import { markdownOrProblem, yamlOrProblem } from '../loader/parse-or-problem.ts';
import { listMarkdownEntries } from '../loader/files.ts';
import { collectionNames, collectionSources } from '../schemas/collections.ts';
import { limits, megabytes } from '../schemas/limits.ts';
import type { CollectionName } from '../schemas/references.ts';
import { kinds, misplacedProblem } from './collection-words.ts';
import { describeValue, type Problem } from '../loader/problem.ts';
import { issuesToProblems } from '../loader/zod-issues.ts';

type Sources = typeof collectionSources;
export type EntryData<C extends CollectionName> = z.output<Sources[C]['schema']>;

export type ContentEntry<C extends CollectionName = CollectionName> = {
	collection: C;
	id: string;
	file: string;
	/** What the file says, before defaults and transforms. */
	raw: Record<string, unknown>;
	/** The validated entry; `undefined` when its schema found problems. */
	data: EntryData<C> | undefined;
	body: string;
	bodyLine: number;
	lineOf: (path: Path) => number;
};

export type ContentIndex = {
	root: string;
	entries: { [C in CollectionName]: ContentEntry<C>[] };
	/** Looks up an entry by collection and id. */
	get<C extends CollectionName>(collection: C, id: string): ContentEntry<C> | undefined;
};

function validate<C extends CollectionName>(
	collection: C,
	file: string,
	raw: unknown,
	lineOf: (path: Path) => number,
	basePath: Path,
	problems: Problem[],
): EntryData<C> | undefined {
	const schema: z.ZodType = collectionSources[collection].schema;
	const result = schema.safeParse(raw, { reportInput: true });
	if (result.success) return result.data as EntryData<C>;
	const misplaced = misplacedProblem(collection, file, raw);
	if (misplaced) {
		problems.push(misplaced);
		return undefined;
	}
	problems.push(...issuesToProblems(result.error.issues, { file, schema, lineOf, basePath, kind: kinds[collection] }));
	return undefined;
}

/** A file too large to be a real entry, refused before it is read, so nothing parses megabytes of it. */
function tooLarge(absolute: string, file: string, problems: Problem[]): boolean {
	const size = statSync(absolute).size;
	if (size <= limits.fileBytes) return false;
	problems.push({
		file,
		line: 1,
		field: 'file',
		found: `a file of ${(size / 1024 / 1024).toFixed(1)} MB`,
		expected: `at most ${megabytes(limits.fileBytes)}: an entry is text; put images in files beside it, and split a long text into several pages`,
	});
	return true;
}

function readMarkdownCollection<C extends CollectionName>(root: string, collection: C, problems: Problem[]) {
	const source = collectionSources[collection];
	if (source.format !== 'markdown') return [];
	const entries: ContentEntry<C>[] = [];
	for (const { id, file, absolute } of listMarkdownEntries(root, source.folder)) {
		if (tooLarge(absolute, file, problems)) continue;
		const { parsed, problem } = markdownOrProblem(file, readFileSync(absolute, 'utf-8'));
		if (problem) {
			problems.push(problem);
			continue;
		}
		const raw = parsed.data as Record<string, unknown>;
		const data = validate(collection, file, raw, parsed.lineOf, [], problems);
		entries.push({ collection, id, file, raw, data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
	}
	return entries;
}

function readListCollection<C extends CollectionName>(root: string, collection: C, problems: Problem[]) {
	const source = collectionSources[collection];
	if (source.format !== 'list') return [];
	if (!existsSync(join(root, source.file))) return [];
	if (tooLarge(join(root, source.file), source.file, problems)) return [];
	const { parsed, problem } = yamlOrProblem(source.file, readFileSync(join(root, source.file), 'utf-8'));
	if (problem) {
		problems.push(problem);
		return [];
	}
	if (!Array.isArray(parsed.data)) {
		problems.push({
			file: source.file,
			line: 1,
			field: 'file',
			found: describeValue(parsed.data),
			expected: `a list of ${kinds[collection]}, each starting with "- id: ..."`,
		});
		return [];
	}
	const { lineOf } = parsed;
	return parsed.data.map((item: unknown, index: number): ContentEntry<C> => {
		const raw = (item ?? {}) as Record<string, unknown>;
		const itemLineOf = (path: Path) => lineOf([index, ...path]);
		const data = validate(collection, source.file, raw, lineOf, [index], problems);
		return {
			collection,
			id: typeof raw.id === 'string' ? raw.id : `#${index + 1}`,
			file: source.file,
			raw,
			data,
			body: '',
			bodyLine: itemLineOf([]),
			lineOf: itemLineOf,
		};
	});
}

export function readContent(root: string, problems: Problem[]): ContentIndex {
	const read = <C extends CollectionName>(collection: C): ContentEntry<C>[] =>
		collectionSources[collection].format === 'markdown'
			? readMarkdownCollection(root, collection, problems)
			: readListCollection(root, collection, problems);
	const entries = Object.fromEntries(collectionNames.map((name) => [name, read(name)])) as ContentIndex['entries'];
	const byId = new Map(collectionNames.map((name) => [name, new Map(entries[name].map((entry: ContentEntry) => [entry.id, entry]))]));
	return {
		root,
		entries,
		get: <C extends CollectionName>(collection: C, id: string) => byId.get(collection)?.get(id) as ContentEntry<C> | undefined,
	};
}
