import { z } from 'astro/zod';
import { localized, localizedOptional, text } from './fields.ts';
import { ref } from './references.ts';
import { entryId } from './theme.ts';

/** A term of the shared vocabulary. */
export const glossaryTermSchema = z.strictObject({
	/** @example action-learning-set */
	id: entryId,
	term: localized('the term'),
	definition: localizedOptional('a definition'),
	/** Other ids in the glossary. */
	related: z.array(ref('glossary'), { error: 'a list of glossary ids' }).default([]),
	/** Other names and abbreviations. @example [ALS] */
	aka: z.array(text('another name'), { error: 'a list of other names' }).default([]),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
