import { describe, expect, it } from 'vitest';
import { siteLangs } from '../../i18n/locales.ts';
import { entryFileName, nest } from './entry-file.ts';
import { describeField, formFields } from './fields.ts';

describe('the fields a contributor is asked', () => {
	it('asks a session’s title and summary in each language of the site, as optional fields', () => {
		const names = formFields('session').map((f) => f.name);
		for (const lang of siteLangs) expect(names).toEqual(expect.arrayContaining([`translated.${lang}.title`, `translated.${lang}.summary`]));
		expect(describeField('session', 'translated.en.title')).toMatchObject({
			kind: 'text',
			required: false,
			hint: 'the title in that language',
		});
		expect(describeField('session', 'translated.lo.summary')).toMatchObject({ kind: 'long-text', required: false });
	});

	it('keeps a field inside a required group required, and a field of an optional group optional', () => {
		expect(describeField('session', 'title').required).toBe(true);
		expect(describeField('person', 'consent.name').required).toBe(true);
		expect(describeField('brief', 'period.from').required).toBe(true);
		expect(describeField('brief', 'period.to').required).toBe(false);
		expect(describeField('brief', 'source.publisher').required).toBe(true);
	});

	it('asks a text that may be given in each language as one text, with its one-language hint', () => {
		expect(describeField('award', 'citation')).toMatchObject({
			kind: 'long-text',
			inLanguages: true,
			hint: 'a sentence or two saying why',
		});
		expect(describeField('person', 'role')).toMatchObject({ kind: 'text', inLanguages: true, required: true });
		expect(describeField('person', 'bio')).toMatchObject({ kind: 'long-text', inLanguages: true, required: false });
		expect(describeField('award', 'month').inLanguages).toBeUndefined();
	});
});

describe('the lists a contributor fills in', () => {
	it('asks a plan’s outcomes one per line, in the language they are written in', () => {
		expect(describeField('plan', 'outcomes')).toMatchObject({
			kind: 'lines',
			inLanguages: true,
			required: true,
			hint: 'an expected outcome',
		});
	});

	it('asks a list of small groups row by row, each field described from the schema', () => {
		const rota = describeField('plan', 'rota');
		expect(rota).toMatchObject({ kind: 'rows', required: false, hint: 'a list of turns, each with when, host and facilitator' });
		expect(rota.parts).toEqual([
			expect.objectContaining({
				name: 'rota.when',
				kind: 'text',
				required: true,
				hint: 'a year, month or day written as 2023, 2023-06 or 2023-06-30',
			}),
			expect.objectContaining({ name: 'rota.host', kind: 'entry', collection: 'organisations', required: false }),
			expect.objectContaining({ name: 'rota.facilitator', kind: 'entry', collection: 'people', required: false }),
		]);
		const checkIns = describeField('session', 'checkIns');
		expect(checkIns.parts!.map((p) => [p.name, p.kind, p.required])).toEqual([
			['checkIns.session', 'entry', true],
			['checkIns.commitment', 'text', true],
			['checkIns.status', 'choice', true],
			['checkIns.note', 'text', false],
		]);
		expect(checkIns.parts![2]!.options).toEqual(['done', 'in-progress', 'changed', 'dropped']);
	});

	it('reaches a benchmark’s own fields, which are asked only when it is more than a sentence', () => {
		expect(describeField('session', 'benchmark.baseline')).toMatchObject({ kind: 'text', required: false });
		expect(describeField('session', 'benchmark.organisation')).toMatchObject({ kind: 'entry', collection: 'organisations' });
		expect(describeField('session', 'benchmark.roadmap').parts!.map((p) => p.name)).toEqual([
			'benchmark.roadmap.id',
			'benchmark.roadmap.step',
			'benchmark.roadmap.due',
		]);
	});

	it('writes a benchmark with fields of its own as a group, and one without as its sentence', () => {
		expect(nest({ benchmark: 'Ten days.', 'benchmark.baseline': 'Thirty days.' })).toEqual({
			benchmark: { text: 'Ten days.', baseline: 'Thirty days.' },
		});
		expect(nest({ benchmark: 'Ten days.', 'benchmark.baseline': '', 'benchmark.roadmap': [] })).toEqual({ benchmark: 'Ten days.' });
	});

	it('names a plan after its series', () => {
		expect(entryFileName('plan', { series: 'plp-group' }, 'ignored')).toBe('plp-group.md');
	});
});
