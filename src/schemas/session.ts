import { z } from 'astro/zod';
import { isPartialDate } from '../lib/values/partial-date.ts';
import { parseZonedDateTime } from '../lib/values/zoned-time.ts';
import { siteLangs } from '../i18n/locales.ts';
import { draft, language, sample, text, url, zonedDateTime } from './fields.ts';
import { benchmarkSchema, checkInSchema, commitmentSchema, progressReportSchema } from './learning-loop.ts';
import { ref } from './references.ts';

export const sessionFormats = ['online', 'in-person', 'hybrid'] as const;
/** Talk and discussion (a hangout), Action Learning Set, Benchmarking Club, or training. */
export const sessionApproaches = ['talk-discussion', 'als', 'bmc', 'training'] as const;
export const confidentialityLevels = ['open', 'chatham-house'] as const;
/** Whether a session goes ahead as announced, was moved to a new date, or will not take place. */
export const sessionStatuses = ['scheduled', 'postponed', 'cancelled'] as const;

const approach = z.enum(sessionApproaches, {
	error: `one of ${sessionApproaches.join(', ')}`,
});

/** A day (`2027-02-05`) or a date and time with its zone, for a meeting not yet fixed to the hour. */
const dayOrDateTime = z
	.string({ error: 'a day like 2027-02-05, or a date and time like 2027-02-05T10:00+01:00' })
	.refine((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? isPartialDate(value) : parseZonedDateTime(value).ok), {
		error: 'a day like 2027-02-05, or a date and time like 2027-02-05T10:00+01:00',
	});

/** Something the group learnt. On an open session it may name who said it. */
const takeaway = z.union(
	[
		text('a sentence saying what was learnt'),
		z.strictObject({
			text: text('a sentence saying what was learnt'),
			/** Who said it: a person's id. Never on a Chatham House session. */
			by: ref('people'),
		}),
	],
	{ error: 'a sentence, or text and by (who said it)' },
);

/** A session's title and summary written in another language of the site. */
const gloss = z.strictObject(
	{
		title: text('the title in that language'),
		summary: text('one or two sentences').max(300, { error: 'at most 300 characters' }).optional(),
	},
	{ error: 'a title, and optionally a summary, in that language' },
);

export const sessionSchema = z
	.strictObject({
		/**
		 * The hangout series or PLP group the session belongs to.
		 * @example sun-csa-lao-friday-hangouts
		 */
		series: ref('series'),
		/** The session's running number within its series. @example 37 */
		number: z.number({ error: 'a whole number such as 12' }).int().positive().optional(),
		/** The topic, as it would appear in an invitation. */
		title: text('the topic of the session'),
		/** One or two sentences for listings, search results and share cards. */
		summary: text('one or two sentences').max(300, { error: 'at most 300 characters' }).optional(),
		/**
		 * The title and summary in other languages of the site, for readers who do not read the session's
		 * own: an English reader of a Lao hangout sees the English title beside the Lao one.
		 * @example { en: { title: School gardens and food security } }
		 */
		translated: z
			.strictObject(
				Object.fromEntries(siteLangs.map((lang) => [lang, gloss.optional()])) as Record<
					(typeof siteLangs)[number],
					z.ZodOptional<typeof gloss>
				>,
				{
					error: `a title for each other language of the site (${siteLangs.join(', ')}), such as en: { title: … }`,
				},
			)
			.optional(),
		/**
		 * When it starts, with a UTC offset or a time zone.
		 * @example 2026-12-04T09:00+07:00
		 */
		date: zonedDateTime,
		/**
		 * `postponed` (give `newDate`) or `cancelled`: the session stays listed and marked, and calendars
		 * that subscribed update or strike it out.
		 * @default scheduled
		 * @example postponed
		 */
		status: z.enum(sessionStatuses, { error: `one of ${sessionStatuses.join(', ')}` }).default('scheduled'),
		/**
		 * A postponed session's new start, with a UTC offset or a time zone. `date` keeps the first one.
		 * @example 2027-03-04T09:00+07:00
		 */
		newDate: zonedDateTime.optional(),
		/**
		 * The online meeting link. Published only until the session ends, then left out of every page,
		 * calendar and feed of the next build. A link in a public repository is public: use a meeting with
		 * a waiting room or a passcode sent with the invitation.
		 * @example https://meet.example.org/friday-hangout
		 */
		joinUrl: url.optional(),
		/** @default 60 */
		durationMinutes: z
			.number({ error: 'a number of minutes such as 60' })
			.int()
			.min(10, { error: 'at least 10 minutes' })
			.max(600, { error: 'at most 600 minutes' })
			.default(60),
		/** The language the session is held in. @example lo */
		lang: language,
		format: z.enum(sessionFormats, { error: `one of ${sessionFormats.join(', ')}` }),
		/** Where an in-person or hybrid session meets. */
		place: text('a place such as a town or an office').optional(),
		approach,
		themes: z.array(ref('themes'), { error: 'a list of theme ids' }).default([]),
		/** Who presented: people's ids. */
		presenters: z.array(ref('people'), { error: 'a list of people ids' }).default([]),
		facilitator: ref('people').optional(),
		/** The organisation that hosted, or set up the online link. */
		host: ref('organisations').optional(),
		/** How many took part. */
		attendance: z.number({ error: 'a whole number such as 25' }).int().min(0, { error: '0 or more' }).optional(),
		takeaways: z.array(takeaway, { error: 'a list of sentences' }).default([]),
		/**
		 * Benchmarking Club only: the benchmark the presenter agreed to aim for, as a sentence or with
		 * its baseline, organisation and roadmap. Its page is `/benchmarks/<this session's id>/`.
		 */
		benchmark: benchmarkSchema.optional(),
		/** What members committed to do before a later meeting (the end of an Action Learning Set). */
		commitments: z.array(commitmentSchema, { error: 'a list of commitments, each with id and text' }).default([]),
		/** Reports on commitments made at earlier sessions (the start of a meeting). */
		checkIns: z.array(checkInSchema, { error: 'a list of check-ins, each with session, commitment and status' }).default([]),
		/** Reports on benchmarks agreed at earlier sessions, step by step. */
		progress: z.array(progressReportSchema, { error: 'a list of progress reports, each with benchmark and status' }).default([]),
		resources: z
			.array(z.strictObject({ title: text('the title of the resource'), url }), {
				error: 'a list of title and url pairs',
			})
			.default([]),
		/**
		 * `chatham-house`: what was said may be used, but not who said it.
		 * @default open
		 */
		confidentiality: z.enum(confidentialityLevels, { error: `one of ${confidentialityLevels.join(', ')}` }).default('open'),
		/** What the group agreed for its next meeting (the last step of a PLP session). */
		next: z
			.strictObject({
				date: dayOrDateTime,
				topic: text('the topic agreed'),
				approach,
				presenter: ref('people'),
				facilitator: ref('people'),
				host: ref('organisations'),
				place: text('a place, or "online"'),
			})
			.partial()
			.optional(),
		sample,
		draft,
	})
	.superRefine((session, ctx) => {
		if (session.confidentiality === 'chatham-house') {
			session.takeaways.forEach((takeaway, i) => {
				if (typeof takeaway !== 'string') {
					ctx.addIssue({
						code: 'custom',
						path: ['takeaways', i, 'by'],
						input: takeaway.by,
						message: 'no "by" on a Chatham House session (what was said may be shared, not who said it); keep only the text',
					});
				}
			});
		}
		if (session.confidentiality === 'chatham-house') {
			session.commitments.forEach((commitment, i) => {
				for (const field of ['organisation', 'person'] as const) {
					if (commitment[field] !== undefined) {
						ctx.addIssue({
							code: 'custom',
							path: ['commitments', i, field],
							input: commitment[field],
							// Whole sentences, so that each has its translation in the message catalogue.
							message:
								field === 'organisation'
									? 'no organisation on a Chatham House session (what is committed may be shared, not who committed it); leave it out'
									: 'no person on a Chatham House session (what is committed may be shared, not who committed it); leave it out',
						});
					}
				}
			});
			if (typeof session.benchmark === 'object' && session.benchmark.organisation !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['benchmark', 'organisation'],
					input: session.benchmark.organisation,
					message: 'no organisation on a Chatham House session (what is committed may be shared, not who committed it); leave it out',
				});
			}
		}
		for (const [field, list] of [
			['commitments', session.commitments],
			['benchmark', typeof session.benchmark === 'object' ? session.benchmark.roadmap : []],
		] as const) {
			const seen = new Set<string>();
			list.forEach((item, i) => {
				if (seen.has(item.id)) {
					ctx.addIssue({
						code: 'custom',
						path: field === 'benchmark' ? ['benchmark', 'roadmap', i, 'id'] : [field, i, 'id'],
						input: item.id,
						message: 'an id not used above in the same list: later sessions refer to each item by it',
					});
				}
				seen.add(item.id);
			});
		}
		if (session.status === 'postponed' && session.newDate === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['newDate'],
				input: undefined,
				message: 'a postponed session needs newDate, the date and time it moves to, like 2027-03-04T09:00+07:00',
			});
		}
		if (session.newDate !== undefined && session.status === 'scheduled') {
			ctx.addIssue({
				code: 'custom',
				path: ['status'],
				input: session.status,
				message: 'newDate only on a session with status: postponed (or cancelled after a postponement)',
			});
		}
		if (session.newDate !== undefined && session.newDate.getTime() <= session.date.getTime()) {
			ctx.addIssue({
				code: 'custom',
				path: ['newDate'],
				input: session.newDate.toISOString(),
				message: 'a newDate later than date: date keeps the first date, newDate the one it moved to',
			});
		}
		if (session.translated?.[session.lang as (typeof siteLangs)[number]] !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['translated', session.lang],
				input: session.translated[session.lang as (typeof siteLangs)[number]],
				message: 'only languages other than the session’s own (lang); its own title and summary are title and summary',
			});
		}
		if (session.benchmark !== undefined && session.approach !== 'bmc') {
			ctx.addIssue({
				code: 'custom',
				path: ['benchmark'],
				input: session.benchmark,
				message: 'a benchmark only on a Benchmarking Club session (approach: bmc)',
			});
		}
	});

export type SessionInput = z.input<typeof sessionSchema>;
export type Session = z.output<typeof sessionSchema>;
