import { describe, expect, it } from 'vitest';
import { initialsOf, personLabel } from './person-label.ts';

const strings = {
	unnamed: (role: string, organisation: string) => `${role}, ${organisation}`,
	unnamedNoOrg: (role: string) => role,
};

describe('personLabel', () => {
	it('uses the name only with name consent', () => {
		expect(personLabel({ name: 'Ada Example', role: 'Officer', consent: { name: true, photo: false } }, 'Org', strings)).toBe(
			'Ada Example',
		);
		expect(personLabel({ name: 'Ada Example', role: 'Officer', consent: { name: false, photo: false } }, 'Org', strings)).toBe(
			'Officer, Org',
		);
		expect(personLabel({ role: 'Officer', consent: { name: false, photo: false } }, undefined, strings)).toBe('Officer');
	});

	it('makes monogram initials without revealing a withheld name', () => {
		expect(initialsOf({ name: 'Ada Example', role: 'Officer', consent: { name: true, photo: false } })).toBe('AE');
		expect(initialsOf({ name: 'Ada Example', role: 'Finance Officer', consent: { name: false, photo: false } })).toBe('FO');
		expect(initialsOf({ name: 'ບຸນມີ ເພັດສະຫວັນ', role: 'x', consent: { name: true, photo: false } })).toBe('ບເ');
	});
});
