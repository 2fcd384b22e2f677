import { z } from 'astro/zod';
import { draft, inLanguages, partialDate, sample, text } from './fields.ts';
import { ref } from './references.ts';
import { cadences } from './series.ts';

/** One meeting on the rota: who hosts and who facilitates in turn. */
const rotaTurn = z.strictObject(
	{
		/** The month or day of the meeting. @example 2027-02 */
		when: partialDate,
		host: ref('organisations').optional(),
		facilitator: ref('people').optional(),
	},
	{ error: 'a turn on the rota: when, and host and facilitator' },
);

/**
 * A Peer Learning Platform's plan (the toolkit's sample PLP plan): why the
 * group meets, what it expects, how it meets and who takes turns. One per
 * series; shown on the series page and at `/series/<series>/plan/`.
 */
export const planSchema = z.strictObject({
	/** The series (PLP group) this is the plan of. @example act-plp-north-west */
	series: ref('series'),
	/**
	 * The goal of the PLP, in a sentence. One text, or one per language.
	 * @example To strengthen member CSOs so that their work lasts.
	 */
	goal: inLanguages(text('the goal in a sentence'), 'the goal in a sentence'),
	/** What the group expects to come of it, one sentence each. */
	outcomes: z
		.array(inLanguages(text('an expected outcome'), 'an expected outcome'), { error: 'a list of expected outcomes' })
		.min(1, { error: 'at least one expected outcome' }),
	/** How often it meets. @example bi-monthly */
	frequency: z.enum(cadences, { error: `one of ${cadences.join(', ')}` }),
	/** How long a meeting lasts. @default 120 */
	meetingMinutes: z
		.number({ error: 'a number of minutes such as 120' })
		.int()
		.min(10, { error: 'at least 10 minutes' })
		.max(600, { error: 'at most 600 minutes' })
		.default(120),
	/** Who should attend from each member, and how meetings are agreed. One text, or one per language. */
	attendance: inLanguages(text('a sentence or two on who attends'), 'a sentence or two on who attends').optional(),
	/** The member organisations. */
	members: z.array(ref('organisations'), { error: 'a list of organisation ids' }).default([]),
	/** When the members accepted the toolkit's ground rules; leave it out until they have. @example 2026-01 */
	groundRulesAccepted: partialDate.optional(),
	/** Who hosts and facilitates, meeting by meeting. */
	rota: z.array(rotaTurn, { error: 'a list of turns, each with when, host and facilitator' }).default([]),
	/** When the members agreed this plan. @example 2026-01 */
	agreed: partialDate.optional(),
	sample,
	draft,
});

export type Plan = z.output<typeof planSchema>;
