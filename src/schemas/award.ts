import { z } from 'astro/zod';
import { draft, inLanguages, month, sample, text } from './fields.ts';
import { ref } from './references.ts';

/** Citations longer than this do not fit the share card. */
export const citationMaxLength = 240;

/** Volunteer of the Month. */
export const awardSchema = z.strictObject({
	/** @example 2026-10 */
	month,
	person: ref('people'),
	series: ref('series'),
	/**
	 * Why they are thanked, in a sentence or two; it goes on the card. One text, or one per language.
	 * @example { en: For keeping the provincial volunteers in touch., lo: ທີ່ຊ່ວຍໃຫ້ອາສາສະໝັກແຂວງຕິດຕໍ່ກັນ. }
	 */
	citation: inLanguages(
		text('a sentence or two saying why').max(citationMaxLength, {
			error: `at most ${citationMaxLength} characters, so it fits on the card`,
		}),
		'a sentence or two saying why',
	),
	sample,
	draft,
});

export type Award = z.output<typeof awardSchema>;
