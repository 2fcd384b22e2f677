/**
 * What a contributor is asked, for each kind of entry, by `npm run new` and
 * by the submission form: the fields, in order, each described from its zod
 * schema (its kind, choices, default, and the hint its error message gives).
 */
import type { z } from 'astro/zod';
import { defOf } from '../../schemas/schema-def.ts';
import { collectionSources } from '../../schemas/collections.ts';
import { inLanguagesFields } from '../../schemas/fields.ts';
import { references, type CollectionName } from '../../schemas/references.ts';
import { siteLangs } from '../../i18n/locales.ts';

export const contributionTypes = ['session', 'brief', 'award', 'person', 'organisation', 'plan'] as const;
export type ContributionType = (typeof contributionTypes)[number];

export const collectionOf: Record<ContributionType, CollectionName> = {
	session: 'sessions',
	brief: 'briefs',
	award: 'awards',
	person: 'people',
	organisation: 'organisations',
	plan: 'plans',
};

/** The fields asked, in the order a person thinks of them; dots reach into groups. */
export const askedFields: Record<ContributionType, string[]> = {
	session: [
		'series',
		'date',
		'title',
		'summary',
		'lang',
		// The title and summary in the site's other language, for its readers: whichever is not the session's.
		...siteLangs.flatMap((lang) => [`translated.${lang}.title`, `translated.${lang}.summary`]),
		'format',
		'place',
		'approach',
		'durationMinutes',
		'presenters',
		'facilitator',
		'host',
		'themes',
		'attendance',
		'confidentiality',
		// A Benchmarking Club's benchmark: a sentence, or with where things stood and the steps to reach it.
		'benchmark',
		'benchmark.baseline',
		'benchmark.organisation',
		'benchmark.roadmap',
		// The learning loop: what members will do, and reports on what earlier sessions agreed.
		'commitments',
		'checkIns',
		'progress',
	],
	brief: [
		'title',
		'summary',
		'country',
		'themes',
		'subThemes',
		'date',
		'period.from',
		'period.to',
		'organisations',
		'source.publisher',
		'source.title',
		'source.url',
		'lang',
		'translationOf',
	],
	award: ['month', 'series', 'person', 'citation'],
	person: ['consent.name', 'name', 'role', 'bio', 'organisation', 'languages', 'consent.photo'],
	organisation: ['name', 'acronym', 'kind', 'country', 'region', 'website'],
	// The toolkit's PLP plan template, in its order (content/docs/toolkit/plp-plan.md).
	plan: ['series', 'members', 'agreed', 'goal', 'outcomes', 'frequency', 'meetingMinutes', 'attendance', 'groundRulesAccepted', 'rota'],
};

/** `lines`: a list of texts, one per line; `rows`: a list of small groups of fields (`parts`), such as the turns of a rota. */
export type FieldKind = 'text' | 'long-text' | 'number' | 'yes-no' | 'choice' | 'choices' | 'entry' | 'entries' | 'lines' | 'rows';

export type FormField = {
	/** `series`, or `consent.name` for a field in a group. */
	name: string;
	kind: FieldKind;
	required: boolean;
	default?: unknown;
	/** For choices: the allowed values. */
	options?: readonly string[];
	/** For entries: the collection to choose from. */
	collection?: CollectionName;
	/** What to write, from the schema's own error message. */
	hint: string;
	/** A text that may be given in each language: the answer is kept under the language it is written in. */
	inLanguages?: true;
	/** For rows: the fields of each row, named `<list>.<field>` (`rota.when`). */
	parts?: FormField[];
};

/** The schema of `name` within an object schema, following groups and wrappers. */
export function fieldSchema(schema: z.ZodType, name: string): z.ZodType {
	let current = schema;
	for (const key of name.split('.')) {
		let def = defOf(current);
		while (def.type !== 'object') {
			// A field that is a sentence or a group (a benchmark): its fields are the group's.
			current = def.type === 'union' ? def.options!.find((option) => hasObject(option))! : (def.innerType ?? def.in!);
			def = defOf(current);
		}
		current = def.shape![key]!;
	}
	return current;
}

/** Whether an object is inside the wrappers of `schema`. */
function hasObject(schema: z.ZodType): boolean {
	const def = defOf(schema);
	if (def.type === 'object') return true;
	const inner = def.innerType ?? def.in;
	return inner !== undefined && hasObject(inner);
}

const longTexts = new Set(['summary', 'citation', 'bio', 'benchmark', 'description', 'joinInfo']);
const isLongText = (name: string) => longTexts.has(name.split('.').at(-1)!);

/** Whether a group on the way to `name` may be left out: then nothing in it is required. */
function inOptionalGroup(schema: z.ZodType, name: string): boolean {
	const keys = name.split('.');
	return keys.slice(0, -1).some((_, i) => {
		const type = defOf(fieldSchema(schema, keys.slice(0, i + 1).join('.'))).type;
		return type === 'optional' || type === 'default';
	});
}

export function describeField(type: ContributionType, name: string): FormField {
	return describeIn(collectionSources[collectionOf[type]].schema, name);
}

function describeIn(root: z.ZodType, name: string, prefix = ''): FormField {
	const schema = fieldSchema(root, name);
	let inner = schema;
	let required = !inOptionalGroup(root, name);
	let defaultValue: unknown;
	/** The field without its optional and default wrappers: what a missing answer would be told. */
	let answered: z.ZodType | undefined;
	for (;;) {
		const def = defOf(inner);
		if (def.type === 'optional') required = false;
		else if (def.type === 'default') {
			required = false;
			defaultValue = def.defaultValue;
		} else if (def.type !== 'pipe' && def.type !== 'nullable') break;
		else answered ??= inner;
		inner = def.innerType ?? def.in!;
	}
	// The hint is the schema's own "expected …" phrase, the one a mistake would print.
	// A text in languages is asked in one (the form's): its hint is the one-language one.
	const asked = inLanguagesFields.has(inner) ? defOf(inner).options![0]! : inner;
	// A value read first (a year YAML gives as a number) has its phrase after the reading.
	const hint = (asked.safeParse(undefined).error ?? answered?.safeParse(undefined).error)?.issues[0]?.message ?? '';
	const def = defOf(inner);
	const reference = references.get(inner);
	const base = {
		name: `${prefix}${name}`,
		required,
		hint,
		...(defaultValue === undefined ? {} : { default: defaultValue }),
		...(inLanguagesFields.has(inner) ? { inLanguages: true as const } : {}),
	};
	if (reference) return { ...base, kind: 'entry', collection: reference.collection };
	if (def.type === 'array') {
		const element = references.get(def.element!);
		if (element) return { ...base, kind: 'entries', collection: element.collection };
		const elementDef = defOf(def.element!);
		if (elementDef.type === 'enum') return { ...base, kind: 'choices', options: Object.values(elementDef.entries!) };
		if (elementDef.type === 'object') {
			const parts = Object.keys(elementDef.shape!).map((part) => describeIn(def.element!, part, `${name}.`));
			return { ...base, kind: 'rows', parts };
		}
		if (inLanguagesFields.has(def.element!)) {
			const one = defOf(def.element!).options![0]!;
			return { ...base, kind: 'lines', inLanguages: true, hint: one.safeParse(undefined).error?.issues[0]?.message ?? hint };
		}
		return { ...base, kind: 'choices', options: [] };
	}
	if (def.type === 'enum') return { ...base, kind: 'choice', options: Object.values(def.entries!) };
	if (def.type === 'boolean') return { ...base, kind: 'yes-no' };
	if (def.type === 'number') return { ...base, kind: 'number' };
	return { ...base, kind: isLongText(name) ? 'long-text' : 'text' };
}

export function formFields(type: ContributionType): FormField[] {
	return askedFields[type].map((name) => describeField(type, name));
}
