import { z } from 'astro/zod';
import { partialDate, text, url } from './fields.ts';
import { entryId } from './theme.ts';

/** A document the site draws on, credited on every page that uses it. */
export const sourceSchema = z.strictObject({
	/** @example act-plp-toolkit */
	id: entryId,
	title: text('the document’s title'),
	/** @example British Council, for the EU-funded ACT programme */
	publisher: text('who published it'),
	date: partialDate.optional(),
	url: url.optional(),
	/** A line on how the site uses it. */
	note: text('a sentence').optional(),
});

export type Source = z.output<typeof sourceSchema>;
