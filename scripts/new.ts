/**
 * `npm run new -- <type>`: writes a new session, brief, award, person,
 * organisation or plan, checked against the same schema as the build.
 *
 * A plan is offered the goal, outcomes, frequency and meeting length of the
 * toolkit's plan template (content/docs/toolkit/plp-plan.md), in the CLI's
 * language where they are translated; it is named after its series, and a
 * series that has a plan gets no second one. A session's learning loop
 * (commitments, check-ins, a benchmark's roadmap, progress reports) is asked
 * as lists: one item at a time, each item's fields in turn, an empty first
 * answer ending the list; as flags, once per item, fields separated by |.
 *
 * Asks for each field in a terminal, offering the series, people, themes and
 * organisations that exist; or takes every field as a flag, for scripts:
 *
 *   npm run new -- session --series sun-csa-lao-friday-hangouts \
 *     --date 2026-12-04T14:00+07:00 --title "Nutrition on social media" --yes
 *
 * A session's language, format and approach, when not given, are those of
 * its series and the series' latest session.
 *
 * Lists are comma-separated (`--themes nutrition,wash`); a group's fields take
 * a dot (`--consent.name true`). `--slug` names the file when the title is not
 * in Latin letters. The file is never overwritten.
 *
 * Each answer is checked when it is given, by the check's own rules and
 * words (a reference to an id that does not exist, a malformed date, a file
 * name already used), and asked again when wrong; an empty answer leaves an
 * optional field out. A session's takeaways (one per line, an empty line
 * ends) and recap (Markdown, a line with only a dot ends) are asked last,
 * each point and the recap checked too.
 *
 * Answers given before the person stops (end of input, Ctrl-C, a final check
 * that fails) are kept in `.new-<kind>-answers.json` in the repository root
 * (git-ignored), offered in [brackets] next time and deleted once the file is
 * written; `--fresh` ignores them, `--answers <file>` keeps them elsewhere and
 * is read with `--yes` too. With flags (`--takeaways` once per point or
 * several separated by `|`, `--body-file` for the recap), every wrong flag and
 * value is reported at once, each on its own line, and nothing is written.
 *
 * Problems, questions and notes are in English, or in Lao with PLH_LANG=lo
 * (src/check/messages/lo.ts).
 *
 * `npm run new -- --from <file>` adds an entry someone sent without a GitHub
 * account (the submission form's download): its kind is found from its
 * fields, it keeps its name, and it is checked like any other before and
 * after it is written; on a problem nothing is left behind. Photos that came
 * inside the file go to the collection's `images/` folder, named after it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkEntryText, type KnownIds } from '../src/check/check-entry.ts';
import { checkContent } from '../src/check/index.ts';
import { formatProblemIn, isMessageLang, t as translateMessage } from '../src/check/messages/index.ts';
import { fill } from '../src/check/messages/fill.ts';
import type { Problem } from '../src/loader/problem.ts';
import { readContent } from '../src/check/read-content.ts';
import { loopTargetsIn } from '../src/check/rules/learning-loop.ts';
import { readUiStrings } from '../src/loader/ui-strings-files.ts';
import { entryFileName, entryPath, entryText, nest } from '../src/lib/contribute/entry-file.ts';
import { extractEmbeddedPhotos, photoFolder } from '../src/lib/contribute/photos.ts';
import { collectionOf, contributionTypes, formFields, type ContributionType, type FormField } from '../src/lib/contribute/fields.ts';
import { planDefaults, type PlanDefaults } from '../src/lib/contribute/plan-template.ts';
import { secondPlanProblem } from '../src/check/rules/plans.ts';
import { defaultLang, siteLocales } from '../src/i18n/locales.ts';
import { parseMarkdownFile } from '../src/loader/frontmatter.ts';
import { closest } from '../src/loader/zod-issues.ts';
import { collectionNames, collectionSources, placeOf } from '../src/schemas/collections.ts';

// The problems in PLH_LANG's language (--lang is a session's own field here).
const messageLang = isMessageLang(process.env.PLH_LANG) ? process.env.PLH_LANG : 'en';
const formatProblem = (problem: Problem) => formatProblemIn(problem, messageLang);
/** One of this tool's own messages in PLH_LANG's language, `{}` filled with `values` (translations in src/check/messages/lo.ts). */
const tell = (template: string, ...values: (string | number)[]) => fill(template, messageLang, ...values);
/** A problem with one answer, said at its question: the field and what is wrong, without the file and line. */
const answerProblem = (problem: Problem) => formatProblem(problem).slice(`${problem.file}:${problem.line}: `.length);

const usage = `Usage: npm run new -- <${contributionTypes.join('|')}> [--field value ...] [--takeaways "text|text" ...] [--commitments "id|text|organisation|person|due" ...] [--body-file path] [--slug name] [--answers file] [--yes] [--fresh]\n       npm run new -- [<kind>] --from <file sent through the form>`;

/** Lists of texts and of small groups are given once per item (`--outcomes "…" --outcomes "…"`, `--rota "2027-02|host|facilitator"`). */
const isList = (field: FormField) => field.kind === 'lines' || field.kind === 'rows';
const fieldFlags = Object.fromEntries(
	contributionTypes.flatMap((t) =>
		formFields(t).map((f) => [f.name, { type: 'string' as const, ...(isList(f) ? { multiple: true } : {}) }]),
	),
);
const options = {
	...fieldFlags,
	takeaways: { type: 'string', multiple: true },
	'body-file': { type: 'string' },
	yes: { type: 'boolean' },
	fresh: { type: 'boolean' },
	answers: { type: 'string' },
	draft: { type: 'boolean' },
	sample: { type: 'boolean' },
	root: { type: 'string' },
	slug: { type: 'string' },
	from: { type: 'string' },
} as const;
const parsed = (() => {
	try {
		// Not strict: every unknown flag is reported at once below, not only the first.
		return parseArgs({ allowPositionals: true, strict: false, options });
	} catch (error) {
		console.error(`${(error as Error).message.split('\n')[0]}\n${usage}`);
		process.exit(2);
	}
})();
{
	const unknown = Object.keys(parsed.values).filter((name) => !(name in options));
	const wrongType = Object.entries(parsed.values).filter(
		([name, value]) => name in options && (options[name as keyof typeof options].type === 'boolean') !== (typeof value === 'boolean'),
	);
	if (unknown.length || wrongType.length) {
		for (const name of unknown) {
			const guess = closest(name, Object.keys(options));
			console.error(guess ? tell("Unknown option '--{}': did you mean --{}?", name, guess) : tell("Unknown option '--{}'", name));
		}
		for (const [name] of wrongType) {
			const kind = options[name as keyof typeof options].type;
			console.error(
				kind === 'boolean' ? tell("Option '--{}' takes no value", name) : tell("Option '--{}' needs a value: --{} <value>", name, name),
			);
		}
		console.error(usage);
		process.exit(2);
	}
}
const { values, positionals } = parsed;
// The field flags come from the schemas, so parseArgs's types know only the fixed ones.
const flags = values as Record<string, string | boolean | string[] | undefined>;
if (typeof values.from === 'string') addSentFile(values.from, positionals[0] as ContributionType | undefined);
const type = positionals[0] as ContributionType | undefined;
if (!type || !contributionTypes.includes(type)) {
	console.error(usage);
	process.exit(2);
}
const root = typeof values.root === 'string' ? values.root : process.cwd();
const interactive = values.yes !== true && (process.stdin.isTTY === true || process.env.PLH_INTERACTIVE === '1');

const index = readContent(root, []);
/** What earlier sessions committed and agreed, so a check-in or progress report is checked as it is answered. */
const loopTargets = loopTargetsIn(index);
const known: KnownIds = Object.fromEntries(collectionNames.map((name) => [name, index.entries[name].map((e) => e.id)]));
const strings = readUiStrings(root);

/** How an entry is shown in a list of choices. */
function labelOf(collection: (typeof collectionNames)[number], id: string): string {
	const raw = index.get(collection, id)?.raw ?? {};
	const label = raw.name ?? raw.title ?? (raw.label as { en?: string } | undefined)?.en ?? raw.role;
	return typeof label === 'string' ? `${id} (${label})` : id;
}

function optionsOf(field: FormField): string[] {
	if (field.collection) return [...(known[field.collection] ?? [])];
	return [...(field.options ?? [])];
}

/** A plan's texts are kept under the CLI's language: a Lao network writes its plan in Lao. */
const inOwnLanguage = (field: FormField, value: string): unknown =>
	type === 'plan' && field.inLanguages && messageLang !== defaultLang ? { [messageLang]: value } : value;

/** A typed answer from what was typed or flagged. */
function convert(field: FormField, text: string): unknown {
	const value = text.trim();
	if (value === '') return undefined;
	if (field.kind === 'lines' || (field.inLanguages && field.kind !== 'rows')) return inOwnLanguage(field, value);
	const pick = (item: string) => {
		const options = optionsOf(field);
		return /^\d+$/.test(item) && options[Number(item) - 1] ? options[Number(item) - 1] : item;
	};
	switch (field.kind) {
		case 'number':
			return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
		case 'yes-no':
			return /^(y|yes|true|1|ແມ່ນ|ໄດ້)$/i.test(value) ? true : /^(n|no|false|0|ບໍ່)$/i.test(value) ? false : value;
		case 'choice':
		case 'entry':
			return pick(value);
		case 'choices':
		case 'entries':
			return value
				.split(/\s*,\s*/)
				.filter(Boolean)
				.map(pick);
		default:
			return value;
	}
}

/**
 * What the toolkit's plan template offers a new plan, in the CLI's language:
 * the template in that language where the toolkit has one, else the first
 * language's, its sentences translated where the catalogue has them.
 */
const template: Record<string, unknown> = (() => {
	if (type !== 'plan') return {};
	const inLang = (lang: string) => {
		const prefix = siteLocales.find((l) => l.lang === lang)?.prefix;
		return join(root, 'content/docs', prefix ?? '', 'toolkit/plp-plan.md');
	};
	const own = existsSync(inLang(messageLang));
	const file = own ? inLang(messageLang) : inLang(defaultLang);
	if (!existsSync(file)) return {};
	const defaults = planDefaults(readFileSync(file, 'utf-8'));
	const written = own ? messageLang : defaultLang;
	/** A sentence in the CLI's language where it can be, kept under the language it is in. */
	const offer = (sentence: string) => {
		const translated = written === messageLang ? sentence : tell(sentence);
		const lang = translated === sentence ? written : messageLang;
		return lang === defaultLang ? translated : { [lang]: translated };
	};
	return {
		...defaults,
		...(defaults.goal ? { goal: offer(defaults.goal) } : {}),
		...(defaults.outcomes ? { outcomes: defaults.outcomes.map(offer) } : {}),
	};
})();

/** Fields that do not apply given earlier answers are not asked. */
function applies(field: FormField, answers: Record<string, unknown>): boolean {
	if (field.name === 'name' && type === 'person') return answers['consent.name'] === true;
	if (field.name === 'benchmark' || field.name.startsWith('benchmark.')) return answers.approach === 'bmc';
	// A Chatham House commitment is written without who made it.
	if (/^commitments\.(organisation|person)$/.test(field.name)) return answers.confidentiality !== 'chatham-house';
	if (field.name === 'place') return answers.format !== 'online';
	// A title "in other languages" is asked only for the languages the session is not in.
	const translation = /^translated\.([^.]+)\./.exec(field.name);
	if (translation) return answers.lang !== translation[1];
	return true;
}

/** A default as it would be typed: a list's items separated by commas. */
function typedForm(value: unknown): string {
	if (Array.isArray(value)) return value.map(typedForm).join(',');
	// A text kept under its language reads as the text.
	if (value && typeof value === 'object') return Object.values(value).map(String).join(' / ');
	return String(value);
}

/**
 * The likely answer: a session's language is its series', and its format and
 * approach those of the series' latest session.
 */
function defaultFor(field: FormField, answers: Record<string, unknown>): unknown {
	if (type === 'plan' && field.name in template) return template[field.name as keyof PlanDefaults];
	const series = type === 'session' && typeof answers.series === 'string' ? answers.series : undefined;
	if (series && field.name === 'lang') return index.get('series', series)?.raw.lang;
	if (series && (field.name === 'format' || field.name === 'approach')) {
		const latest = index.entries.sessions
			.filter((session) => session.data?.series === series && !session.data.draft)
			.sort((a, b) => a.data!.date.getTime() - b.data!.date.getTime())
			.at(-1);
		if (latest) return latest.data![field.name];
	}
	return field.default;
}

/**
 * Answers given so far, kept when the person stops part way (end of input,
 * Ctrl-C, or a final check that fails) and offered again next time.
 * `--answers <file>` keeps them elsewhere, and is read with `--yes` too, so a
 * script can finish what a person began.
 */
const chosenFile = typeof values.answers === 'string' ? resolve(values.answers) : undefined;
const savedFile = chosenFile ?? join(root, `.new-${type}-answers.json`);
type Saved = { answers: Record<string, unknown>; body?: string };
function readSaved(): Saved {
	if ((!interactive && !chosenFile) || values.fresh === true || !existsSync(savedFile)) return { answers: {} };
	try {
		const saved = JSON.parse(readFileSync(savedFile, 'utf-8')) as Partial<Saved> | null;
		if (!saved || typeof saved.answers !== 'object' || saved.answers === null) return { answers: {} };
		return { answers: saved.answers, ...(typeof saved.body === 'string' ? { body: saved.body } : {}) };
	} catch {
		return { answers: {} };
	}
}
const saved = readSaved();
const keep = (answers: Record<string, unknown>, body?: string) => {
	if (interactive) writeFileSync(savedFile, `${JSON.stringify({ answers, ...(body === undefined ? {} : { body }) }, null, '\t')}\n`);
};
const keptAt = () => relative(process.cwd(), savedFile) || savedFile;
const keptNote = () =>
	tell('Your answers so far are kept in {}; run the same command to go on from them (--fresh starts again).', keptAt());

const slug = typeof values.slug === 'string' ? values.slug : undefined;
const sectionTitles = (lang: string) => (s: string) =>
	strings.get(lang, `brief.section.${s}`) ?? strings.get('en', `brief.section.${s}`) ?? s;
/** The entry's file as these answers make it, and what the check says of it. */
function entryOf(answers: Record<string, unknown>, body?: string) {
	const data = nest(answers);
	const path = entryPath(type!, entryFileName(type!, data, slug));
	const lang = typeof data.lang === 'string' ? data.lang : 'en';
	const text = entryText(type!, data, { ...(body === undefined ? {} : { body }), sectionTitles: sectionTitles(lang) });
	const problems = checkEntryText(collectionOf[type!], path, text, known, {
		sectionTitle: (key) => strings.get(lang, key) ?? strings.get('en', key),
		loopTargets,
	});
	// The check's rule across files, said here where the series is chosen: a series has one plan.
	const series = data.series;
	const first = type === 'plan' ? index.entries.plans.find((plan) => plan.data?.series === series) : undefined;
	if (first && typeof series === 'string') {
		const line = text.split('\n').findIndex((l) => l.startsWith('series:')) + 1;
		// Named after its series, a second plan would also take the first's file name: one line says both.
		return { path, text, problems: [...problems.filter((p) => p.field !== 'file'), secondPlanProblem(path, line, series, first.file)] };
	}
	return { path, text, problems };
}
/**
 * The check's problems with one answer: the same rules and words as the whole
 * file's. Those of the field itself, and, when this answer makes the file's
 * name one already used, the check's problem with that name (the name is
 * made of answers, so it is said at the answer that makes it).
 */
function answerProblems(name: string, before: Record<string, unknown>, after: Record<string, unknown>, body?: string): Problem[] {
	const belongs = (field: string) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`);
	const entry = entryOf(after, body);
	const id = basename(entry.path, '.md');
	const named = entry.path !== entryOf(before).path && (known[collectionOf[type!]] ?? []).includes(id);
	return entry.problems.filter(
		(problem) => belongs(problem.field) || (named && problem.field === 'file' && problem.found.includes(`"${id}"`)),
	);
}
const printProblems = (problems: Problem[]) => {
	for (const problem of problems) console.log(`  ${answerProblem(problem)}`);
};

/** The fields of a row that are asked, given the answers so far, and each one's name within the row. */
const partsOf = (field: FormField, answers: Record<string, unknown>) =>
	field.parts!.filter((part) => applies(part, answers)).map((part) => ({ part, key: part.name.slice(field.name.length + 1) }));

/** A row from a flag: its fields in order, separated by |, an empty one left out (`id|text||person|due`). */
function rowFromFlag(field: FormField, flag: string): Record<string, unknown> {
	const values = flag.split('|');
	return Object.fromEntries(
		field.parts!.flatMap((part, i) => {
			const value = convert(part, values[i] ?? '');
			return value === undefined ? [] : [[part.name.slice(field.name.length + 1), value]];
		}),
	);
}

/**
 * A list of texts (one a line; an empty line ends) or of small groups (each
 * group's fields asked in turn; an empty first answer ends). Each item is
 * checked when it is given, by the check's rules, and asked again when
 * wrong. From flags, given once per item; without questions, the kept
 * answers, else what the template offers.
 */
async function askList(
	field: FormField,
	answers: Record<string, unknown>,
	question: false | undefined | ((prompt: string) => Promise<string>),
): Promise<unknown[] | undefined> {
	const flag = flags[field.name];
	const kept = Array.isArray(saved.answers[field.name]) ? (saved.answers[field.name] as unknown[]) : undefined;
	const offered = kept ?? (defaultFor(field, answers) as unknown[] | undefined);
	if (Array.isArray(flag)) {
		return field.kind === 'lines'
			? flag.flatMap((text) => text.split('|').flatMap((line) => (line.trim() ? [convert(field, line)] : [])))
			: flag.map((text) => rowFromFlag(field, text));
	}
	if (!question) {
		if (!kept && type === 'plan' && field.name in template && offered?.length)
			console.error(
				tell('{}: {} (from the toolkit’s plan template; give --{} to choose)', field.name, offered.map(typedForm).join(' | '), field.name),
			);
		return offered;
	}
	const items: unknown[] = [];
	/** The problems of the item at `at`, the list being `list`. */
	const problemsAt = (list: unknown[], at: number) =>
		answerProblems(field.name, answers, { ...answers, [field.name]: list }).filter(
			(problem) => problem.field === field.name || problem.field.startsWith(`${field.name}[${at}]`),
		);
	const hint = translateMessage(field.hint, messageLang);
	const keeps = offered?.length ? ` ${tell('[Enter keeps: {}]', offered.map(typedForm).join(' | '))}` : '';
	if (field.kind === 'lines') {
		const first = `${field.name}: ${hint}; ${tell('one per line; an empty line ends')}${keeps}\n> `;
		for (let line = (await question(first)).trim(); line; line = (await question('> ')).trim()) {
			const value = convert(field, line);
			const problems = problemsAt([...items, value], items.length);
			if (problems.length) {
				printProblems(problems);
				continue;
			}
			items.push(value);
			keep({ ...answers, [field.name]: items });
		}
		return items.length ? items : offered;
	}
	console.log(`${field.name}: ${hint}; ${tell('one at a time; an empty answer to the first question ends')}${keeps}`);
	for (;;) {
		const row: Record<string, unknown> = {};
		const parts = partsOf(field, answers);
		for (const [i, { part, key }] of parts.entries()) {
			const options = part.collection ? optionsOf(part) : [];
			const list =
				options.length && options.length <= 40 ? ` (${options.join(', ')})` : part.options?.length ? ` (${part.options.join(', ')})` : '';
			const optional = part.required ? '' : `, ${tell('optional')}`;
			const typed = await question(
				`  ${field.name}[${items.length + 1}].${key}: ${translateMessage(part.hint, messageLang)}${optional}${list}\n> `,
			);
			if (i === 0 && typed.trim() === '') return items.length ? items : offered;
			const value = convert(part, typed);
			if (value !== undefined) row[key] = value;
		}
		const problems = problemsAt([...items, row], items.length);
		if (problems.length) {
			// The row is asked again from its first field.
			printProblems(problems);
			continue;
		}
		items.push(row);
		keep({ ...answers, [field.name]: items });
	}
}

/** Flag values found wrong before the check (a recap file that cannot be read): said with the check's problems. */
const flagProblems: string[] = [];

async function ask(): Promise<{ answers: Record<string, unknown>; body?: string }> {
	const answers: Record<string, unknown> = {};
	let body: string | undefined;
	const rl = interactive ? createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true }) : undefined;
	// Ctrl-C at a question: the answers given are already kept (a terminal's readline reports it; a pipe's signal comes to the process).
	const stop = () => {
		console.error(`\n${keptNote()}`);
		process.exit(130);
	};
	if (rl) {
		rl.on('SIGINT', stop);
		process.once('SIGINT', stop);
	}
	// Reading lines through the iterator buffers them, so answers piped in ahead of the questions are not lost.
	const lines = rl?.[Symbol.asyncIterator]();
	const question = async (prompt: string) => {
		process.stdout.write(prompt);
		const next = await lines!.next();
		if (next.done) throw new Error(`${tell('The input ended before every question was answered.')} ${keptNote()}`);
		return next.value;
	};
	if (rl && Object.keys(saved.answers).length + (saved.body === undefined ? 0 : 1)) {
		console.log(
			tell('Going on from the answers kept in {} (--fresh starts again): each is offered in [brackets]; press Enter to keep it.', keptAt()),
		);
	}
	try {
		for (const field of formFields(type!)) {
			if (!applies(field, answers)) continue;
			if (isList(field)) {
				const value = await askList(field, answers, rl && question);
				if (value !== undefined) answers[field.name] = value;
				keep(answers);
				continue;
			}
			const flag = flags[field.name];
			if (typeof flag === 'string' || typeof flag === 'boolean') {
				answers[field.name] = convert(field, String(flag));
				continue;
			}
			if (!rl) {
				// Without questions, the answers of --answers come first; then a default taken from the content fills the field, and says so.
				if (saved.answers[field.name] !== undefined) {
					answers[field.name] = saved.answers[field.name];
					continue;
				}
				const fallback = defaultFor(field, answers);
				if (fallback !== undefined && fallback !== field.default) {
					answers[field.name] = fallback;
					console.error(
						type === 'plan'
							? tell('{}: {} (from the toolkit’s plan template; give --{} to choose)', field.name, typedForm(fallback), field.name)
							: tell('{}: {} (as in the series; give --{} to choose)', field.name, typedForm(fallback), field.name),
					);
				}
				continue;
			}
			const options = optionsOf(field);
			const fallback = saved.answers[field.name] ?? defaultFor(field, answers);
			const list =
				options.length && options.length <= 40 && field.collection !== undefined
					? `\n${options.map((o, i) => `  ${i + 1}. ${labelOf(field.collection!, o)}`).join('\n')}\n`
					: options.length && !field.collection
						? ` (${options.join(', ')})`
						: '';
			const many = field.kind === 'choices' || field.kind === 'entries' ? tell('several, separated by commas') : '';
			const optional = field.required ? '' : tell('optional');
			const hint = [translateMessage(field.hint, messageLang), many, optional].filter(Boolean).join(', ');
			const prompt = `${field.name}: ${hint}${fallback === undefined ? '' : ` [${typedForm(fallback)}]`}${list}\n> `;
			for (;;) {
				const typed = await question(prompt);
				const value = typed.trim() === '' ? fallback : convert(field, typed);
				// An empty answer to an optional question leaves the field out (or to its default).
				const kept = value !== undefined && !(value === field.default && typed.trim() === '');
				// Checked now, with the check's own rules and words: a wrong answer is asked again, not found at the end.
				const problems = answerProblems(field.name, answers, { ...answers, ...(kept ? { [field.name]: value } : {}) });
				if (!problems.length) {
					if (kept) answers[field.name] = value;
					keep(answers);
					break;
				}
				printProblems(problems);
			}
		}
		if (type === 'session') {
			const given = flags.takeaways;
			if (Array.isArray(given)) {
				// Given once per point, or several in one separated by |.
				answers.takeaways = given
					.flatMap((text) => text.split('|'))
					.map((line) => line.trim())
					.filter(Boolean);
			} else if (rl) {
				const points: string[] = [];
				const old = Array.isArray(saved.answers.takeaways) ? saved.answers.takeaways.map(String) : [];
				const first = `${tell('takeaways: what was learnt, one point per line; an empty line ends')}${old.length ? ` ${tell('[Enter keeps: {}]', old.join(' | '))}` : ''}\n> `;
				for (let line = (await question(first)).trim(); line; line = (await question('> ')).trim()) {
					// Each point is checked as it is given; a wrong one is left out and may be written again.
					const problems = answerProblems('takeaways', answers, { ...answers, takeaways: [...points, line] });
					if (problems.length) {
						printProblems(problems);
						continue;
					}
					points.push(line);
					keep({ ...answers, takeaways: points });
				}
				const chosen = points.length ? points : old;
				if (chosen.length) answers.takeaways = chosen;
				keep(answers);
			} else if (Array.isArray(saved.answers.takeaways)) answers.takeaways = saved.answers.takeaways;
			const bodyFile = flags['body-file'];
			if (typeof bodyFile === 'string') {
				try {
					body = readFileSync(bodyFile, 'utf-8');
				} catch {
					flagProblems.push(
						tell('--body-file: found "{}", a file that cannot be read; expected the path of the recap, a Markdown file', bodyFile),
					);
				}
			} else if (rl) {
				let old = saved.body ?? '';
				for (;;) {
					process.stdout.write(
						`${tell('recap: what was said and done, in Markdown; a line with only a dot (.) ends')}${old ? ` ${tell('(a dot alone keeps the recap kept from last time)')}` : ''}\n`,
					);
					const written: string[] = [];
					for (let line = await question('> '); line.trim() !== '.'; line = await question('> ')) {
						written.push(line);
						// Kept line by line: a recap is the longest answer to lose.
						keep(answers, written.join('\n'));
					}
					body = written.length ? written.join('\n') : old || undefined;
					keep(answers, body);
					const problems = body === undefined ? [] : answerProblems('body', answers, answers, body);
					if (!problems.length) break;
					printProblems(problems);
					// The refused recap stays in the kept answers; a dot alone now means no recap.
					old = '';
				}
			} else if (saved.body !== undefined) body = saved.body;
		}
	} finally {
		rl?.close();
	}
	return { answers, ...(body === undefined ? {} : { body }) };
}

const { answers, body } = await ask().catch((error: Error) => {
	console.error(`\n${error.message} ${tell('Nothing was written.')}`);
	process.exit(1);
});
if (values.draft === true) answers.draft = true;
if (values.sample === true) answers.sample = true;
const { path, text, problems } = entryOf(answers, body);
if (problems.length || flagProblems.length) {
	// Every wrong value at once, each on its line, so a script is fixed in one go.
	for (const line of flagProblems) console.error(line);
	for (const problem of problems) console.error(formatProblem(problem));
	const one = problems.length + flagProblems.length === 1;
	console.error(
		`\n${one ? tell('Nothing was written. Fix this and run the command again.') : tell('Nothing was written. Fix these and run the command again.')}`,
	);
	if (interactive) {
		keep(answers, body);
		console.error(keptNote());
	}
	process.exit(1);
}
const target = join(root, path);
if (existsSync(target)) {
	console.error(tell('{} already exists; nothing was written. Choose another name with --slug.', path));
	if (interactive) console.error(keptNote());
	process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
rmSync(savedFile, { force: true });
console.log(path);

/** The kind of a sent file: the one its kind name says, or whose schema finds the fewest problems in it. */
function kindOf(data: unknown): ContributionType {
	const scored = contributionTypes.map((kind) => {
		const result = collectionSources[collectionOf[kind]].schema.safeParse(data);
		return { kind, problems: result.success ? 0 : result.error.issues.length };
	});
	return scored.sort((a, b) => a.problems - b.problems)[0]!.kind;
}

/** Adds a file sent through the form's download or share: checked as npm run check would, kept only if it passes. */
function addSentFile(from: string, given: ContributionType | undefined): never {
	const root = typeof values.root === 'string' ? values.root : process.cwd();
	if (given !== undefined && !contributionTypes.includes(given)) {
		console.error(usage);
		process.exit(2);
	}
	let text: string;
	try {
		// An entry with its photos inside is a few MB; anything far larger is not one.
		if (statSync(from).size > 50 * 1024 * 1024) {
			console.error(tell('{}: larger than 50 MB, so not an entry sent through the form; nothing was written.', from));
			process.exit(1);
		}
		text = readFileSync(from, 'utf-8');
	} catch {
		console.error(tell('{}: no such file to add.', from));
		process.exit(1);
	}
	let kind = given;
	if (!kind) {
		try {
			kind = kindOf(parseMarkdownFile(text).data);
		} catch {
			kind = 'session';
		}
	}
	// A browser names a second download "name (1).md"; the entry keeps the name the form gave it.
	const name = typeof values.slug === 'string' ? `${values.slug}.md` : basename(from).replace(/ \(\d+\)(?=\.md$)/, '');
	const path = `${placeOf(collectionOf[kind])}${name}`;
	// Photos sent inside the file (the form's download) go beside it, named after it, and are linked by name.
	const sent = extractEmbeddedPhotos(text, name);
	text = sent.text;
	const photoPaths = sent.photos.map((photo) => join(root, dirname(path), photoFolder, photo.file));
	const index = readContent(root, []);
	const known: KnownIds = Object.fromEntries(collectionNames.map((c) => [c, index.entries[c].map((e) => e.id)]));
	const fail = (problems: Problem[]) => {
		for (const problem of problems) console.error(formatProblem(problem));
		console.error(
			`\n${problems.length === 1 ? tell('Nothing was written. Fix this in {} and run the command again.', from) : tell('Nothing was written. Fix these in {} and run the command again.', from)}`,
		);
		process.exit(1);
	};
	const strings = readUiStrings(root);
	const lang = /^lang:\s*(\S+)/m.exec(text)?.[1] ?? 'en';
	const before = checkEntryText(collectionOf[kind], path, text, known, {
		sectionTitle: (key) => strings.get(lang, key) ?? strings.get('en', key),
		loopTargets: loopTargetsIn(index),
	});
	if (before.length) fail(before);
	const target = join(root, path);
	for (const existing of [target, ...photoPaths].filter((file) => existsSync(file))) {
		console.error(tell('{} already exists; nothing was written. Give it another name with --slug.', relative(root, existing)));
		process.exit(1);
	}
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text);
	sent.photos.forEach((photo, i) => {
		mkdirSync(dirname(photoPaths[i]!), { recursive: true });
		writeFileSync(photoPaths[i]!, Buffer.from(photo.base64, 'base64'));
	});
	// The rules that look across the content (names withheld, links to drafts, images on disk) see it in place.
	const after = checkContent(root).problems.filter((p) => p.file === path);
	if (after.length) {
		for (const written of [target, ...photoPaths]) rmSync(written, { force: true });
		fail(after);
	}
	for (const written of [path, ...photoPaths.map((file) => relative(root, file))]) console.log(written.split('\\').join('/'));
	process.exit(0);
}
