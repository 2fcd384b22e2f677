/**
 * How a person is named on the site. Without name consent: by role and
 * organisation only, everywhere (pages, search, cards, feeds).
 */
import type { Person } from '../schemas/person.ts';

type Nameable = Pick<Person, 'name' | 'role' | 'consent'>;

export type LabelStrings = {
	unnamed: (role: string, organisation: string) => string;
	unnamedNoOrg: (role: string) => string;
};

export function isNamed(person: Nameable): person is Nameable & { name: string } {
	return person.consent.name && person.name !== undefined;
}

export function personLabel(person: Nameable, organisationName: string | undefined, strings: LabelStrings): string {
	if (isNamed(person)) return person.name;
	return organisationName ? strings.unnamed(person.role, organisationName) : strings.unnamedNoOrg(person.role);
}

/** Initials for a monogram, from the name when it may be shown, else from the role. */
export function initialsOf(person: Nameable): string {
	const source = isNamed(person) ? person.name : person.role;
	const words = source.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	return words
		.slice(0, 2)
		.map((w) => [...w][0]!.toUpperCase())
		.join('');
}
