import { z } from 'astro/zod';
import { localized, localizedOptional } from './fields.ts';
import { idPattern } from './references.ts';

export const entryId = z
	.string({ error: 'an id: lowercase letters, digits and hyphens' })
	.regex(idPattern, { error: 'an id: lowercase letters, digits and hyphens' });

/** A theme of the shared taxonomy, labelled in every language of the site. */
export const themeSchema = z.strictObject({
	/** @example social-mobilisation */
	id: entryId,
	label: localized('the theme’s name'),
	description: localizedOptional('a sentence describing the theme').optional(),
});

export type Theme = z.output<typeof themeSchema>;
