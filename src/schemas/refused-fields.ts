/**
 * Fields no content file may have, with what to do instead. A pull request is
 * public the moment it is opened, so a field that is "never published" still
 * publishes its text to anyone who reads the repository.
 */
export const refusedFields: Readonly<Record<string, { found: string; expected: string }>> = {
	notes: {
		found: 'private notes, which are public in the repository as soon as the file is proposed',
		expected:
			'no notes: field; send private notes (who raised what, figures shared in confidence) to the secretariat, not to the repository',
	},
};

/** The refusal for `key`, looked up so that no prototype name (`constructor`) can match. */
export const refusalFor = (key: string) => (Object.hasOwn(refusedFields, key) ? refusedFields[key] : undefined);
