/**
 * The learning loop a session records: what members commit to, how they
 * report back at later meetings, and a Benchmarking Club's benchmark with
 * its roadmap. Later sessions point back at these by the session's id and
 * the item's own `id`, so a loop can be followed across meetings.
 */
import { z } from 'astro/zod';
import { partialDate, text } from './fields.ts';
import { idPattern, ref } from './references.ts';

/** How a commitment or a roadmap step stands when it is reported on. */
export const progressStatuses = ['done', 'in-progress', 'changed', 'dropped'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

const progressStatus = z.enum(progressStatuses, { error: `one of ${progressStatuses.join(', ')}` });

/** A short name for an item, unique within its session, that later sessions use to refer to it. */
const itemId = (what: string) =>
	z.string({ error: `a short name for the ${what}, such as exit-interviews` }).regex(idPattern, {
		error: `a short name for the ${what}: lowercase letters, digits and hyphens, such as exit-interviews`,
	});

/**
 * Something a member will do after the meeting. On a Chatham House session
 * it is written without `organisation` or `person`.
 */
export const commitmentSchema = z.strictObject(
	{
		/** How later sessions refer to it. @example exit-interviews */
		id: itemId('commitment'),
		/** What will be done. */
		text: text('a sentence saying what will be done'),
		/**
		 * Who will do it. Its name is published only if the organisation allows it (`nameOnCommitments`);
		 * otherwise it is only counted on its page.
		 */
		organisation: ref('organisations').optional(),
		/** Who will do it, when a person rather than an organisation committed. */
		person: ref('people').optional(),
		/** By when. @example 2026-06 */
		due: partialDate.optional(),
	},
	{ error: 'a commitment: id, text, and optionally organisation, person and due' },
);

/** A later session's report on a commitment made at an earlier one. */
export const checkInSchema = z.strictObject(
	{
		/** The session where the commitment was made. @example 2026-02-12-keeping-staff-when-grants-end */
		session: ref('sessions'),
		/** The commitment's `id` in that session. @example exit-interviews */
		commitment: itemId('commitment'),
		/** `done`, `in-progress`, `changed` (done differently) or `dropped`. */
		status: progressStatus,
		/** A sentence on how it went. */
		note: text('a sentence on how it went').optional(),
	},
	{ error: 'a check-in: session, commitment, status, and optionally note' },
);

/** One step on a benchmark's roadmap. */
export const roadmapStepSchema = z.strictObject(
	{
		/** How progress reports refer to it. @example one-page-summary */
		id: itemId('step'),
		/** What the step is. */
		step: text('a sentence saying what the step is'),
		/** By when. @example 2026-08 */
		due: partialDate.optional(),
	},
	{ error: 'a roadmap step: id, step, and optionally due' },
);

/** A Benchmarking Club's benchmark, with where the presenter's organisation started and how it will get there. */
export const benchmarkSchema = z.union(
	[
		text('the benchmark agreed'),
		z.strictObject({
			/** The standard the group agreed. */
			text: text('the benchmark agreed'),
			/** Where the presenter's organisation stood when it was agreed. */
			baseline: text('a sentence on where things stood').optional(),
			/** Whose benchmark it is; named only if the organisation allows it (`nameOnCommitments`). */
			organisation: ref('organisations').optional(),
			/** The steps to reach it, in order. */
			roadmap: z.array(roadmapStepSchema, { error: 'a list of steps, each with id and step' }).default([]),
		}),
	],
	{ error: 'the benchmark agreed: a sentence, or text with baseline, organisation and roadmap' },
);

/** A later session's report on a benchmark, on one step of its roadmap or on the whole of it. */
export const progressReportSchema = z.strictObject(
	{
		/** The session where the benchmark was agreed: the benchmark's id. */
		benchmark: ref('sessions'),
		/** The roadmap step's `id`; leave it out to report on the benchmark as a whole. */
		step: itemId('step').optional(),
		/** `done` on the whole benchmark means it was reached. */
		status: progressStatus,
		/** A sentence on where things stand. */
		note: text('a sentence on where things stand').optional(),
	},
	{ error: 'a progress report: benchmark, status, and optionally step and note' },
);

export type Commitment = z.output<typeof commitmentSchema>;
export type CheckIn = z.output<typeof checkInSchema>;
export type RoadmapStep = z.output<typeof roadmapStepSchema>;
export type BenchmarkField = z.output<typeof benchmarkSchema>;
export type ProgressReport = z.output<typeof progressReportSchema>;
