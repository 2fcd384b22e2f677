import { z } from 'astro/zod';
import { country, draft, language, partialDate, sample, text, url } from './fields.ts';
import { ref } from './references.ts';

/**
 * The sections every action brief has, in order. Their headings, in each
 * language, are the `brief.section.*` strings in `content/i18n/`.
 */
export const briefSections = [
	'overview',
	'objectives',
	'action',
	'differently',
	'adaptation',
	'next-steps',
	'further-information',
] as const;
export type BriefSection = (typeof briefSections)[number];

/** An action brief: one good practice, in the structure the SUN networks use. */
export const briefSchema = z.strictObject({
	title: text('the brief’s title'),
	/** One or two sentences for listings, search results and share cards. */
	summary: text('one or two sentences').max(300, { error: 'at most 300 characters' }),
	/** @example LA */
	country,
	themes: z.array(ref('themes'), { error: 'a list of theme ids' }).min(1, { error: 'at least one theme' }),
	subThemes: z.array(ref('themes'), { error: 'a list of theme ids' }).default([]),
	/** When the brief was written. @example 2023 */
	date: partialDate,
	/** The period the practice covers; leave out `to` while it goes on. */
	period: z.strictObject(
		{ from: partialDate, to: partialDate.optional() },
		{ error: 'from (and to, unless it continues), like from: 2020' },
	),
	organisations: z.array(ref('organisations'), { error: 'a list of organisation ids' }).default([]),
	/** Who published the original, credited on the page. */
	source: z.strictObject(
		{ publisher: text('the publisher'), title: text('the original title').optional(), url: url.optional() },
		{ error: 'publisher (and title and url if known)' },
	),
	/** The language this file is written in. */
	lang: language,
	/** For a translation: the id of the brief it translates. */
	translationOf: ref('briefs').optional(),
	/** Shown on the home page. @default false */
	featured: z.boolean({ error: 'true or false' }).default(false),
	sample,
	draft,
});

export type Brief = z.output<typeof briefSchema>;
