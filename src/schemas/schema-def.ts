/**
 * What the schema walkers (references, form fields, "did you mean" hints)
 * read of a zod schema's definition, through zod's public `def`: one view,
 * instead of each walker casting into zod's internals.
 */
import type { z } from 'astro/zod';

export type SchemaDef = {
	type: string;
	/** Optional, nullable, default and other wrappers. */
	innerType?: z.ZodType;
	/** A pipe's input side. */
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	options?: z.ZodType[];
	/** An enum's values by key. */
	entries?: Record<string, string>;
	defaultValue?: unknown;
	checks?: unknown[];
};

export const defOf = (schema: z.ZodType): SchemaDef => schema.def;
