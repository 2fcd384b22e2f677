import { z } from 'astro/zod';
import { defOf } from './schema-def.ts';

/** Collections that entries may point at by id. */
export type CollectionName =
	'briefs' | 'sessions' | 'series' | 'people' | 'organisations' | 'awards' | 'plans' | 'themes' | 'glossary' | 'sources';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Marks fields that hold the id of another entry. The checker, the `new`
 * command and the submission form read this registry, so a reference is
 * declared once, here in the schema, and nowhere else.
 */
export const references = z.registry<{ collection: CollectionName }>();

/** A field holding the id of an entry in `collection`. */
export function ref(collection: CollectionName) {
	const schema = z.string({ error: `the id of an entry in content/${collection}/ (its file name without .md)` }).regex(idPattern, {
		error: `the id of an entry in content/${collection}/: lowercase letters, digits and hyphens`,
	});
	references.add(schema, { collection });
	return schema;
}

export type Reference = { path: (string | number)[]; collection: CollectionName; id: string };

/** Every reference in `value`, found by walking `schema` beside it. */
export function findReferences(schema: z.ZodType, value: unknown): Reference[] {
	const found = new Map<string, Reference>();
	const walk = (s: z.ZodType, v: unknown, path: (string | number)[]) => {
		const meta = references.get(s);
		if (meta) {
			if (typeof v === 'string') found.set(path.join('.'), { path, collection: meta.collection, id: v });
			return;
		}
		const def = defOf(s);
		switch (def.type) {
			case 'optional':
			case 'nullable':
			case 'default':
			case 'prefault':
			case 'readonly':
			case 'catch':
			case 'nonoptional':
				walk(def.innerType!, v, path);
				break;
			case 'pipe':
				walk(def.in!, v, path);
				break;
			case 'object':
				if (v && typeof v === 'object' && !Array.isArray(v)) {
					for (const [key, child] of Object.entries(def.shape!)) {
						walk(child, (v as Record<string, unknown>)[key], [...path, key]);
					}
				}
				break;
			case 'array':
				if (Array.isArray(v)) v.forEach((item, i) => walk(def.element!, item, [...path, i]));
				break;
			case 'union':
				for (const option of def.options!) walk(option, v, path);
				break;
		}
	};
	walk(schema, value, []);
	return [...found.values()];
}

/** The collections that `schema` refers to, field by field, for forms and prompts. */
export function referenceFields(schema: z.ZodType): Map<string, CollectionName> {
	const fields = new Map<string, CollectionName>();
	const walk = (s: z.ZodType, path: string) => {
		const meta = references.get(s);
		if (meta) {
			fields.set(path, meta.collection);
			return;
		}
		const def = defOf(s);
		if (def.innerType) walk(def.innerType, path);
		else if (def.type === 'pipe') walk(def.in!, path);
		else if (def.type === 'object') {
			for (const [key, child] of Object.entries(def.shape!)) walk(child, path ? `${path}.${key}` : key);
		} else if (def.type === 'array') walk(def.element!, `${path}[]`);
		else if (def.type === 'union') for (const option of def.options!) walk(option, path);
	};
	walk(schema, '');
	return fields;
}
