import { describe, expect, it } from 'vitest';
import { siteLangs } from '../../i18n/locales.ts';
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
