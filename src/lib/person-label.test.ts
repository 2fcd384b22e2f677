import { describe, expect, it } from 'vitest';
import { initialsOf, personLabel } from './person-label.ts';

const strings = {
	unnamed: (role: string, organisation: string) => `${role}, ${organisation}`,
	unnamedNoOrg: (role: string) => role,
};

describe('personLabel', () => {
	it('uses the name only with name consent', () => {
		expect(personLabel({ name: 'Ada Example', role: 'Officer', consent: { name: true, photo: false } }, 'Org', strings, 'en')).toBe(
			'Ada Example',
		);
		expect(personLabel({ name: 'Ada Example', role: 'Officer', consent: { name: false, photo: false } }, 'Org', strings, 'en')).toBe(
			'Officer, Org',
		);
		expect(personLabel({ role: 'Officer', consent: { name: false, photo: false } }, undefined, strings, 'en')).toBe('Officer');
	});

	it('makes monogram initials without revealing a withheld name', () => {
		expect(initialsOf({ name: 'Ada Example', role: 'Officer', consent: { name: true, photo: false } }, 'en')).toBe('AE');
		expect(initialsOf({ name: 'Ada Example', role: 'Finance Officer', consent: { name: false, photo: false } }, 'en')).toBe('FO');
		expect(initialsOf({ name: 'ບຸນມີ ເພັດສະຫວັນ', role: 'x', consent: { name: true, photo: false } }, 'en')).toBe('ບເ');
	});

	it('names someone without name consent by their role in the reader’s language', () => {
		const person = { role: { en: 'Nutrition Officer', lo: 'ເຈົ້າໜ້າທີ່ໂພຊະນາການ' }, consent: { name: false, photo: false } };
		expect(personLabel(person, undefined, strings, 'lo')).toBe('ເຈົ້າໜ້າທີ່ໂພຊະນາການ');
		expect(personLabel(person, undefined, strings, 'en')).toBe('Nutrition Officer');
		expect(initialsOf(person, 'en')).toBe('NO');
	});
});
