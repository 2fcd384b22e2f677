/**
 * The one-file check the form and `npm run new` run, given what the rest of
 * the site holds: ids taken, drafts, and a name the person typed but the
 * file leaves out.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../loader/problem.ts';
import { checkEntryText } from './check-entry.ts';

const person = (extra = '') => `---\nrole: Provincial Volunteer\n${extra}consent: { name: false }\n---\n`;
const lines = (...args: Parameters<typeof checkEntryText>) => checkEntryText(...args).map(formatProblem);

describe('checkEntryText', () => {
	it('accepts a person who keeps their name out of the file and its name', () => {
		expect(lines('people', 'content/people/provincial-volunteer.md', person(), {}, { withheldName: 'Zebulon Canary' })).toEqual([]);
	});

	it('refuses a file name made of the name the person typed, even though the file leaves the name out', () => {
		expect(lines('people', 'content/people/zebulon-volunteer.md', person(), {}, { withheldName: 'Zebulon Canary' })).toEqual([
			'content/people/zebulon-volunteer.md:1: file: found a file name that contains their name, though consent.name is false; expected a file name that does not identify them, such as their role and place (provincial-volunteer-savannakhet.md)',
		]);
	});

	it('reads the name from the file when it is there, and leaves people who agreed to be named alone', () => {
		expect(lines('people', 'content/people/canary-desk.md', person('name: Zebulon Canary\n'), {})).toHaveLength(1);
		const named = '---\nname: Zebulon Canary\nrole: Volunteer\nconsent: { name: true }\n---\n';
		expect(lines('people', 'content/people/zebulon-canary.md', named, {})).toEqual([]);
	});

	it('refuses an id the collection already has, naming the file that has it', () => {
		expect(lines('people', 'content/people/provincial-volunteer.md', person(), { people: ['provincial-volunteer'] })).toEqual([
			'content/people/provincial-volunteer.md:1: file: found the id "provincial-volunteer", also used by content/people/provincial-volunteer.md; expected an id used once in people: rename one of them',
		]);
	});

	it('refuses a published entry pointing at a draft, and lets a draft point at one', () => {
		const context = { drafts: { organisations: { 'new-cso': 'content/organisations/new-cso.md' } } };
		const known = { organisations: ['new-cso'] };
		expect(lines('people', 'content/people/provincial-volunteer.md', person('organisation: new-cso\n'), known, context)).toEqual([
			'content/people/provincial-volunteer.md:3: organisation: found "new-cso", which is a draft (content/organisations/new-cso.md); expected links to published entries only: publish it first, or make this entry a draft too',
		]);
		expect(
			lines('people', 'content/people/provincial-volunteer.md', person('organisation: new-cso\ndraft: true\n'), known, context),
		).toEqual([]);
	});

	it('says a misspelt id with the other mistakes, once per field', () => {
		const text = '---\nrole: Volunteer\norganisation: secretariet\nconsent: { name: maybe }\n---\n';
		expect(
			lines('people', 'content/people/provincial-volunteer.md', text, { organisations: ['secretariat'] }).map((l) => l.split(': found')[0]),
		).toEqual(['content/people/provincial-volunteer.md:3: organisation', 'content/people/provincial-volunteer.md:4: consent.name']);
	});

	it('says a file name with capitals or spaces, as npm run check does', () => {
		expect(lines('people', 'content/people/Provincial Volunteer.md', person(), {})).toEqual([
			'content/people/Provincial Volunteer.md:1: file: found the file name "Provincial Volunteer.md"; expected a file name of lowercase letters, digits and hyphens, ending in .md',
		]);
	});

	it('says a person without consent is missing it, and does not stop there', () => {
		expect(lines('people', 'content/people/provincial-volunteer.md', '---\nrole: Volunteer\n---\n', {})).toEqual([
			'content/people/provincial-volunteer.md:2: consent: found nothing; expected consent with name: true or false (and photo: true or false)',
		]);
	});

	it('accepts a link to a published entry whatever the drafts it is told of, or none', () => {
		const linked = person('organisation: secretariat\n');
		const known = { organisations: ['secretariat'] };
		expect(lines('people', 'content/people/provincial-volunteer.md', linked, known)).toEqual([]);
		expect(lines('people', 'content/people/provincial-volunteer.md', linked, known, { drafts: { briefs: {} } })).toEqual([]);
	});

	it('says an id that is not one once, as the schema says it, not again as an unknown link', () => {
		expect(
			lines('people', 'content/people/provincial-volunteer.md', person('organisation: Secretariet Office\n'), {
				organisations: ['secretariat'],
			}),
		).toEqual([
			'content/people/provincial-volunteer.md:3: organisation: found "Secretariet Office"; expected the id of an entry in content/organisations/: lowercase letters, digits and hyphens',
		]);
	});

	it('asks only people about a name kept out of the file name', () => {
		const organisation = '---\nname: Zebulon Canary\nkind: cso\nconsent: { name: false }\n---\n';
		expect(lines('organisations', 'content/organisations/zebulon-canary.md', organisation, {})).toEqual([
			'content/organisations/zebulon-canary.md:4: consent: found a field that organisations do not have; expected only the fields organisations have: name, acronym, kind, country, region, website, networks, nameOnCommitments, sample, draft',
		]);
	});
});
