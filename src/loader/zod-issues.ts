import { siteLangs } from '../i18n/locales.ts';
import type { z } from 'astro/zod';
import { defOf } from '../schemas/schema-def.ts';
import type { Path } from './frontmatter.ts';
import { refusalFor } from '../schemas/refused-fields.ts';
import { describeValue, formatPath, type Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
	string: 'some text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
};

// zod's own messages start like this; ours (given as `error`) say what to write.
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized key)/.test(message);

function expectedFor(issue: Issue): string {
	if (!isZodDefault(issue.message)) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			return typeNames[issue.expected] ?? issue.expected;
		case 'invalid_value':
			return `one of ${issue.values.map(String).join(', ')}`;
		case 'too_small':
			return issue.origin === 'array' ? `at least ${issue.minimum} items` : `at least ${issue.minimum}`;
		case 'too_big':
			return issue.origin === 'array' ? `at most ${issue.maximum} items` : `at most ${issue.maximum}`;
		default:
			return issue.message;
	}
}

/** The field names the object at `path` accepts, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.ZodType | undefined = schema;
	const unwrap = () => {
		while (current) {
			const def = defOf(current);
			if (def.innerType) current = def.innerType;
			else if (def.type === 'pipe') current = def.in;
			// A text or a group (a text in languages, a takeaway): the keys are the group's.
			else if (def.type === 'union') current = def.options?.find((option) => defOf(option).shape);
			else break;
		}
	};
	for (const segment of path) {
		unwrap();
		if (!current) return [];
		const def = defOf(current);
		current = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
	}
	unwrap();
	return current ? Object.keys(defOf(current).shape ?? {}) : [];
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

export function closest(word: string, options: readonly string[]): string | undefined {
	const scored = options.map((option) => ({ option, d: distance(word.toLowerCase(), option.toLowerCase()) })).sort((a, b) => a.d - b.d);
	const best = scored[0];
	return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.option : undefined;
}

/**
 * `- Budget: what next` in a list of sentences is read by YAML as a field
 * `Budget` with the value `what next`. When a value the schema refused is such
 * a one-field group whose name is no field the schema knows, give back the
 * text the contributor meant, so the message can say to put it in quotes.
 */
function textReadAsField(input: unknown, known: readonly string[]): string | undefined {
	if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
	const entries: [string, unknown][] = Object.entries(input);
	const [only] = entries;
	if (entries.length !== 1 || !only) return undefined;
	const [key, value] = only;
	if (known.includes(key) || !['string', 'number', 'boolean'].includes(typeof value)) return undefined;
	const text = `${key}: ${String(value)}`.replace(/\s+/g, ' ');
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One problem per zod issue, pointing at the line of the field. */
export function issuesToProblems(
	issues: readonly Issue[],
	options: { file: string; schema: z.ZodType; lineOf: (path: Path) => number; basePath?: Path; kind: string },
): Problem[] {
	const base = options.basePath ?? [];
	return issues.flatMap((issue): Problem[] => {
		const path = [...base, ...(issue.path as Path)];
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeys(options.schema, issue.path);
			return issue.keys.map((key) => {
				const refused = refusalFor(key);
				if (refused) return { file: options.file, line: options.lineOf([...path, key]), field: formatPath([...path, key]), ...refused };
				if (known.length === siteLangs.length && siteLangs.every((lang) => known.includes(lang))) {
					return {
						file: options.file,
						line: options.lineOf([...path, key]),
						field: formatPath([...path, key]),
						found: 'a language the site does not have',
						expected: `one of the site's languages: ${siteLangs.join(', ')}`,
					};
				}
				const guess = closest(key, known);
				return {
					file: options.file,
					line: options.lineOf([...path, key]),
					field: formatPath([...path, key]),
					found: 'a field that ' + options.kind + ' do not have',
					expected: guess
						? `"${guess}" (check the spelling), or remove the field`
						: `only the fields ${options.kind} have: ${known.join(', ')}`,
				};
			});
		}
		const colon = textReadAsField(issue.input, knownKeys(options.schema, issue.path));
		return [
			{
				file: options.file,
				line: options.lineOf(path),
				field: formatPath(path) || 'file',
				found: colon ? `${JSON.stringify(colon)}, which YAML reads as a field because of the colon` : describeValue(issue.input),
				expected: colon
					? `the text in double quotes, like ${typeof path.at(-1) === 'number' ? '-' : `${String(path.at(-1))}:`} "${colon.replace(/"/g, '\\"')}"`
					: expectedFor(issue),
			},
		];
	});
}
