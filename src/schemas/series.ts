import { z } from 'astro/zod';
import { country, draft, language, partialDate, sample, text, timeZone } from './fields.ts';
import { ref } from './references.ts';

export const cadences = ['weekly', 'monthly', 'bi-monthly', 'ad-hoc'] as const;

/** A hangout series or a Peer Learning Platform group. */
export const seriesSchema = z.strictObject({
	/** @example SUN CSA Friday Nutrition Hangouts */
	name: text('the series’ name'),
	/** A short name for cards and tight spaces. @example Friday Hangouts */
	shortName: text('a short name').max(40, { error: 'at most 40 characters' }).optional(),
	/** @example SUN Civil Society Alliance Lao PDR */
	network: text('the network that runs it'),
	country,
	cadence: z.enum(cadences, { error: `one of ${cadences.join(', ')}` }),
	/** The language sessions are held in. */
	lang: language,
	/** Times are shown in this zone. @example Asia/Vientiane */
	timezone: timeZone,
	/** How to take part: who to contact, where invitations are posted. */
	joinInfo: text('how to join'),
	description: text('a sentence or two about the series'),
	/** The organisation that runs it. */
	host: ref('organisations').optional(),
	/** When it began. @example 2020 */
	started: partialDate.optional(),
	sample,
	draft,
});

export type Series = z.output<typeof seriesSchema>;
