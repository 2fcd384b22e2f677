/**
 * How a person is named on the site. Without name consent: by role and
 * organisation only, everywhere (pages, search, cards, feeds).
 */
import type { SiteLang } from '../i18n/locales.ts';
import type { Person } from '../schemas/person.ts';
import { plainTextIn } from './text-in-language.ts';

type Nameable = Pick<Person, 'name' | 'role' | 'consent'> & Partial<Pick<Person, 'nameLo'>>;

export type LabelStrings = {
	unnamed: (role: string, organisation: string) => string;
	unnamedNoOrg: (role: string) => string;
};

export function isNamed(person: Nameable): person is Nameable & { name: string } {
	return person.consent.name && person.name !== undefined;
}

/** A named person's name for readers of `lang`: in Lao script on Lao pages where it is given (`nameLo`). */
export function nameIn(person: Nameable & { name: string }, lang: SiteLang): string {
	return lang === 'lo' && person.nameLo ? person.nameLo : person.name;
}

/** The name written in the other script, shown beside the one a page leads with; none when there is only one. */
export function otherNameIn(person: Nameable & { name: string }, lang: SiteLang): { name: string; lang: string } | undefined {
	if (!person.nameLo) return undefined;
	return lang === 'lo' ? { name: person.name, lang: 'en' } : { name: person.nameLo, lang: 'lo' };
}

/** The label in `lang`; the role in that language where it was written, else as written. */
export function personLabel(person: Nameable, organisationName: string | undefined, strings: LabelStrings, lang: SiteLang): string {
	if (isNamed(person)) return nameIn(person, lang);
	const role = plainTextIn(person.role, lang);
	return organisationName ? strings.unnamed(role, organisationName) : strings.unnamedNoOrg(role);
}

/** Initials for a monogram, from the name when it may be shown, else from the role. */
export function initialsOf(person: Nameable, lang: SiteLang): string {
	const source = isNamed(person) ? nameIn(person, lang) : plainTextIn(person.role, lang);
	const words = source.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	return words
		.slice(0, 2)
		.map((w) => [...w][0]!.toUpperCase())
		.join('');
}
