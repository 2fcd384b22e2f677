/**
 * Checks one entry's file text, as `npm run check` would, before it is
 * written: used by `npm run new` and by the submission form in the browser,
 * so a contributor sees the same one-line messages everywhere. It runs the
 * checker's own rules for one file: the schema, references, the file name,
 * ids already taken, consent, unsafe HTML, and (given the other sessions'
 * loop targets) check-ins and progress reports.
 *
 * What it cannot see from the browser, `npm run check` still refuses: links
 * in the body to drafts (reading Markdown needs a native parser), names of
 * people who withheld consent written in the text (the form must not carry
 * those names to every visitor), and images on disk. Brief sections are
 * checked by the checker's rule on headings read line by line.
 */
import { markdownOrProblem } from '../loader/parse-or-problem.ts';
import { collectionSources, placeOf } from '../schemas/collections.ts';
import type { Session } from '../schemas/session.ts';
import { findReferences, type CollectionName } from '../schemas/references.ts';
import { sortProblems, type Problem } from '../loader/problem.ts';
import { misplacedProblem } from './collection-words.ts';
import type { ContentEntry } from './read-content.ts';
import { headingsOf } from '../lib/markdown-headings.ts';
import { briefSectionProblems } from './rules/brief-sections.ts';
import { chathamNameProblems, type NamesOf } from './rules/chatham-names.ts';
import { personFileNameProblem } from './rules/consent.ts';
import { duplicateIdProblem, fileNameProblems } from './rules/file-names.ts';
import { unsafeBodyProblems } from './rules/html.ts';
import { loopProblems, type LoopTarget } from './rules/learning-loop.ts';
import { draftReference, unknownReference } from './rules/references.ts';
import { issuesToProblems } from '../loader/zod-issues.ts';

/** The ids of each collection, drafts included, for references and ids already taken. */
export type KnownIds = Partial<Record<CollectionName, readonly string[]>>;

export type EntryContext = {
	/** Entries that are drafts, by collection, with their files: a published entry must not point at them. */
	drafts?: Partial<Record<CollectionName, Record<string, string>>>;
	/** A brief section's title in the brief's language (`brief.section.action`), for the brief section rule. */
	sectionTitle?: (key: `brief.section.${string}`) => string | undefined;
	/** A name the person typed but that the file leaves out, because they did not agree to be named. */
	withheldName?: string;
	/**
	 * The names a person may be written by, for the Chatham House rule. The
	 * form knows only the names already public (of people who agreed to be
	 * named); npm run check knows every name in the repository.
	 */
	namesOf?: NamesOf;
	/**
	 * What the other sessions recorded (series, start, commitment and roadmap step ids), so that a
	 * check-in or progress report is checked against the session it reports on. All of it is public.
	 */
	loopTargets?: readonly LoopTarget[];
};

export function checkEntryText(
	collection: CollectionName,
	file: string,
	text: string,
	known: KnownIds,
	context: EntryContext = {},
): Problem[] {
	const { parsed, problem } = markdownOrProblem(file, text);
	if (problem) return [problem];
	const id = (file.split('/').pop() ?? file).replace(/\.md$/, '');
	const raw = parsed.data as Record<string, unknown>;
	const entry: ContentEntry = {
		collection,
		id,
		file,
		raw,
		data: undefined,
		body: parsed.body,
		bodyLine: parsed.bodyLine,
		lineOf: parsed.lineOf,
	};
	const misplaced = misplacedProblem(collection, file, raw);
	if (misplaced) return [misplaced];
	const problems: Problem[] = [...fileNameProblems(entry)];
	if ((known[collection] ?? []).includes(id)) {
		problems.push(duplicateIdProblem(entry, [`${placeOf(collection)}${id}.md`], false));
	}
	if (collection === 'people') {
		const name = typeof raw.name === 'string' ? raw.name : context.withheldName;
		const consent = raw.consent as { name?: unknown } | undefined;
		const problem = consent?.name === false ? personFileNameProblem(id, file, name) : undefined;
		if (problem) problems.push(problem);
	}
	const schema = collectionSources[collection].schema;
	const result = schema.safeParse(parsed.data, { reportInput: true });
	const references = findReferences(schema, parsed.data).flatMap((ref) => {
		const ids = known[ref.collection] ?? [];
		const line = parsed.lineOf(ref.path);
		if (!ids.includes(ref.id)) return [unknownReference(ids, file, line, ref)];
		const draftFile = context.drafts?.[ref.collection]?.[ref.id];
		return draftFile !== undefined && raw.draft !== true ? [draftReference(file, line, ref, draftFile)] : [];
	});
	if (!result.success) {
		// A misspelt id is said with the other mistakes, not only once they are fixed; a field with both says the schema's.
		const schemaProblems = issuesToProblems(result.error.issues, { file, schema, lineOf: parsed.lineOf, kind: collection });
		const said = new Set(schemaProblems.map((p) => p.field));
		return sortProblems([...problems, ...schemaProblems, ...references.filter((p) => !said.has(p.field))]);
	}
	if (collection === 'briefs' && context.sectionTitle) {
		// Headings read line by line: the checker's Markdown parser is native code, which a browser cannot run.
		references.push(...briefSectionProblems(file, parsed.bodyLine, headingsOf(parsed.body, parsed.bodyLine), context.sectionTitle));
	}
	if (collection === 'sessions' && context.namesOf) {
		const session = { file, data: result.data as Session, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf };
		references.push(...chathamNameProblems(session, context.namesOf));
	}
	if (collection === 'sessions' && context.loopTargets) {
		const targets = context.loopTargets;
		const session = { file, data: result.data as Session, lineOf: parsed.lineOf };
		references.push(...loopProblems(session, (target) => targets.find((t) => t.id === target)));
	}
	return sortProblems([...problems, ...references, ...unsafeBodyProblems(file, parsed.bodyLine, parsed.body)]);
}
