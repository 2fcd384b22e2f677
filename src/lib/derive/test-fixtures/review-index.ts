/**
 * A small site index for the unit tests of the year in review and the
 * network's numbers. Their expected figures are counted by hand from it.
 */
import { z } from 'astro/zod';
import { awardSchema } from '../../../schemas/award.ts';
import { organisationSchema } from '../../../schemas/organisation.ts';
import { personSchema } from '../../../schemas/person.ts';
import { seriesSchema } from '../../../schemas/series.ts';
import { sessionSchema } from '../../../schemas/session.ts';
import { deriveIndex } from '../site-index.ts';

export const now = new Date('2026-11-22T00:00:00Z');

const session = (id: string, fields: Record<string, unknown>) => ({
	id,
	data: sessionSchema.parse({ title: id, lang: 'en', format: 'online', approach: 'als', ...fields }),
});
const series = (id: string, timezone: string) => ({
	id,
	data: seriesSchema.parse({
		name: id,
		description: 'A series.',
		joinInfo: 'Ask.',
		network: 'Net',
		country: 'LA',
		lang: 'en',
		timezone,
		cadence: 'monthly',
	}),
});
const organisation = (id: string) => ({ id, data: organisationSchema.parse({ name: id, kind: 'cso' }) });
const award = (month: string, seriesId: string) => ({
	id: `${month}-${seriesId}`,
	data: awardSchema.parse({ month, person: 'ann', series: seriesId, citation: 'For everything.' }),
});

const person = (id: string, organisation?: string) => ({
	id,
	data: personSchema(z.string()).parse({ name: id, role: 'Officer', consent: { name: true }, ...(organisation ? { organisation } : {}) }),
});

// The figures in the tests are counted by hand from these sessions (now: 22 November 2026).
const sessions = [
	// 31 December 2025 in Vientiane.
	session('h1', {
		series: 'hangouts',
		date: '2025-12-31T20:00+07:00',
		attendance: 10,
		themes: ['nutrition'],
		presenters: ['ann'],
		host: 'org-a',
		commitments: [{ id: 'c1', text: 'Write the policy.', organisation: 'org-a' }],
	}),
	// 1 January 2026 in Vientiane, still 2025 in UTC: the series' zone decides.
	session('h2', {
		series: 'hangouts',
		date: '2026-01-01T00:30+07:00',
		attendance: 20,
		themes: ['nutrition', 'funding'],
		presenters: ['ann', 'bob'],
		host: 'org-a',
		checkIns: [{ session: 'h1', commitment: 'c1', status: 'done' }],
	}),
	session('h3', {
		series: 'hangouts',
		date: '2026-03-06T09:00+07:00',
		attendance: 31,
		themes: ['funding'],
		presenters: ['carl'],
		host: 'org-b',
		approach: 'bmc',
		commitments: [
			{ id: 'c2', text: 'Ask the board.' },
			{ id: 'c3', text: 'Draft a budget.' },
		],
		benchmark: { text: 'A reserve of three months.', roadmap: [{ id: 's1', step: 'Open an account.' }] },
	}),
	// Chatham House: its presenter is not published, so not counted.
	session('h4', {
		series: 'hangouts',
		date: '2026-05-01T09:00+07:00',
		themes: ['nutrition'],
		presenters: ['dana'],
		host: 'org-b',
		confidentiality: 'chatham-house',
		checkIns: [{ session: 'h3', commitment: 'c2', status: 'in-progress' }],
		progress: [{ benchmark: 'h3', step: 's1', status: 'done' }],
	}),
	// Cancelled: none of it counts.
	session('h5', {
		series: 'hangouts',
		date: '2026-06-05T09:00+07:00',
		status: 'cancelled',
		attendance: 99,
		themes: ['safeguarding'],
		presenters: ['eve'],
		host: 'org-c',
		commitments: [{ id: 'c9', text: 'Never made.' }],
	}),
	session('h7', {
		series: 'hangouts',
		date: '2026-07-03T09:00+07:00',
		attendance: 40,
		presenters: ['bob'],
		checkIns: [{ session: 'h3', commitment: 'c2', status: 'done' }],
	}),
	// Still to come: its check-in does not complete c3 in 2026's review.
	session('h6', {
		series: 'hangouts',
		date: '2026-12-04T09:00+07:00',
		attendance: 12,
		presenters: ['fay'],
		checkIns: [{ session: 'h3', commitment: 'c3', status: 'done' }],
	}),
	session('p1', { series: 'plp', date: '2026-02-12T14:00Z', attendance: 8, presenters: ['ann'], host: 'org-c' }),
];

export const index = deriveIndex(
	{
		sessions,
		people: [
			person('ann', 'org-a'),
			person('bob', 'org-a'),
			person('carl'),
			person('dana', 'org-c'),
			person('eve', 'org-c'),
			person('fay', 'org-b'),
		],
		organisations: ['org-a', 'org-b', 'org-c'].map(organisation),
		series: [series('hangouts', 'Asia/Vientiane'), series('plp', 'Europe/London')],
		awards: [award('2025-12', 'hangouts'), award('2026-10', 'hangouts'), award('2026-12', 'hangouts'), award('2026-03', 'plp')],
		briefs: [],
	},
	now,
);
