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

export const contributionTypes = ['session', 'brief', 'award', 'person', 'organisation'] as const;
export type ContributionType = (typeof contributionTypes)[number];

export const collectionOf: Record<ContributionType, CollectionName> = {
	session: 'sessions',
	brief: 'briefs',
	award: 'awards',
	person: 'people',
	organisation: 'organisations',
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
		'benchmark',
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
};

export type FieldKind = 'text' | 'long-text' | 'number' | 'yes-no' | 'choice' | 'choices' | 'entry' | 'entries';

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
};

/** The schema of `name` within an object schema, following groups and wrappers. */
export function fieldSchema(schema: z.ZodType, name: string): z.ZodType {
	let current = schema;
	for (const key of name.split('.')) {
		let def = defOf(current);
		while (def.type !== 'object') {
			current = def.innerType ?? def.in!;
			def = defOf(current);
		}
		current = def.shape![key]!;
	}
	return current;
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
	const root = collectionSources[collectionOf[type]].schema;
	const schema = fieldSchema(root, name);
	let inner = schema;
	let required = !inOptionalGroup(root, name);
	let defaultValue: unknown;
	for (;;) {
		const def = defOf(inner);
		if (def.type === 'optional') required = false;
		else if (def.type === 'default') {
			required = false;
			defaultValue = def.defaultValue;
		} else if (def.type !== 'pipe' && def.type !== 'nullable') break;
		inner = def.innerType ?? def.in!;
	}
	// The hint is the schema's own "expected …" phrase, the one a mistake would print.
	// A text in languages is asked in one (the form's): its hint is the one-language one.
	const asked = inLanguagesFields.has(inner) ? defOf(inner).options![0]! : inner;
	const hint = asked.safeParse(undefined).error?.issues[0]?.message ?? '';
	const def = defOf(inner);
	const reference = references.get(inner);
	const base = {
		name,
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
