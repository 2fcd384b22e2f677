/** The rules a single entry obeys, as the schemas state them. */
import { describe, expect, it } from 'vitest';
import { personFileSchema } from './person.ts';
import { findReferences, referenceFields } from './references.ts';
import { sessionSchema } from './session.ts';
import { themeSchema } from './theme.ts';

const session = {
	series: 'plp-group',
	title: 'A session',
	date: '2026-04-16T10:00+01:00',
	lang: 'en',
	format: 'online',
	approach: 'als',
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('sessionSchema', () => {
	it('fills defaults so pages never handle undefined', () => {
		const parsed = sessionSchema.parse(session);
		expect(parsed).toMatchObject({
			durationMinutes: 60,
			themes: [],
			presenters: [],
			takeaways: [],
			resources: [],
			confidentiality: 'open',
			sample: false,
			draft: false,
		});
		expect(parsed.date.toISOString()).toBe('2026-04-16T09:00:00.000Z');
	});

	it('refuses an attributed remark on a Chatham House session', () => {
		const result = sessionSchema.safeParse({
			...session,
			confidentiality: 'chatham-house',
			takeaways: ['fine', { text: 'who said this?', by: 'someone' }],
		});
		expect(issuesOf(result)).toEqual([
			'takeaways.1.by: no "by" on a Chatham House session (what was said may be shared, not who said it); keep only the text',
		]);
	});

	it('keeps a benchmark for Benchmarking Clubs', () => {
		expect(issuesOf(sessionSchema.safeParse({ ...session, benchmark: 'x' }))).toEqual([
			'benchmark: a benchmark only on a Benchmarking Club session (approach: bmc)',
		]);
		expect(sessionSchema.safeParse({ ...session, approach: 'bmc', benchmark: 'x' }).success).toBe(true);
	});

	it('refuses fields it does not know, to catch misspellings', () => {
		expect(sessionSchema.safeParse({ ...session, presenter: 'someone' }).success).toBe(false);
	});
});

describe('personFileSchema', () => {
	it('needs a name only when the person agreed to be named', () => {
		expect(personFileSchema.safeParse({ role: 'Officer', consent: { name: false } }).success).toBe(true);
		expect(issuesOf(personFileSchema.safeParse({ role: 'Officer', consent: { name: true } }))).toEqual([
			'name: their name, since consent.name is true',
		]);
	});

	it('refuses a photo without photo consent', () => {
		expect(issuesOf(personFileSchema.safeParse({ name: 'A', role: 'Officer', photo: './a.jpg', consent: { name: true } }))).toEqual([
			'photo: no photo unless consent.photo is true; remove the photo or record their consent',
		]);
	});
});

describe('themeSchema', () => {
	it('needs a label in every language of the site', () => {
		expect(themeSchema.safeParse({ id: 'x', label: { en: 'X', lo: 'ເອັກ' } }).success).toBe(true);
		expect(themeSchema.safeParse({ id: 'x', label: { en: 'X' } }).success).toBe(false);
	});
});

describe('references', () => {
	it('are declared in the schema and found in any entry, nested ones included', () => {
		const refs = findReferences(sessionSchema, {
			...session,
			presenters: ['a', 'b'],
			takeaways: ['plain', { text: 't', by: 'c' }],
			next: { presenter: 'd', host: 'org' },
		});
		expect(refs.map((r) => `${r.path.join('.')}→${r.collection}:${r.id}`)).toEqual([
			'series→series:plp-group',
			'presenters.0→people:a',
			'presenters.1→people:b',
			'takeaways.1.by→people:c',
			'next.presenter→people:d',
			'next.host→organisations:org',
		]);
	});

	it('list which fields of a form take which collection', () => {
		expect(Object.fromEntries(referenceFields(sessionSchema))).toMatchObject({
			series: 'series',
			'themes[]': 'themes',
			'presenters[]': 'people',
			facilitator: 'people',
			host: 'organisations',
			'takeaways[].by': 'people',
		});
	});
});
