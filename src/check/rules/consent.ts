/**
 * A person's name appears only where they agreed: no remark is attributed
 * to someone without name consent, and a name kept on record for the
 * secretariat is never written into published text.
 */
import type { ContentEntry, ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';
import type { Path } from '../../loader/frontmatter.ts';

/** The published text of an entry, field by field. */
function publishedTexts(entry: ContentEntry): { path: Path; text: string }[] {
	const texts: { path: Path; text: string }[] = [];
	const add = (path: Path, value: unknown) => {
		if (typeof value === 'string') texts.push({ path, text: value });
	};
	for (const key of ['title', 'summary', 'citation', 'benchmark', 'description', 'joinInfo']) add([key], entry.raw[key]);
	const takeaways = entry.raw.takeaways;
	if (Array.isArray(takeaways)) {
		takeaways.forEach((t, i) => add(['takeaways', i], typeof t === 'string' ? t : (t as { text?: unknown })?.text));
	}
	const next = entry.raw.next as Record<string, unknown> | undefined;
	if (next && typeof next === 'object') add(['next', 'topic'], next.topic);
	return texts;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A person without name consent whose file name carries words of their name.
 * The submission form runs it too, on the name a person typed.
 */
export function personFileNameProblem(id: string, file: string, name: string | undefined): Problem | undefined {
	const words = (name ?? '')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9\s-]/g, '')
		.split(/[\s-]+/)
		.filter((w) => w.length > 2);
	if (!words.some((word) => id.split('-').includes(word))) return undefined;
	return {
		file,
		line: 1,
		field: 'file',
		found: `a file name that contains their name, though consent.name is false`,
		expected: 'a file name that does not identify them, such as their role and place (provincial-volunteer-savannakhet.md)',
	};
}

export function checkConsent(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const withheld = index.entries.people.filter((p) => p.data && !p.data.consent.name);

	for (const session of index.entries.sessions) {
		if (!session.data) continue;
		session.data.takeaways.forEach((takeaway, i) => {
			if (typeof takeaway === 'string') return;
			const person = index.get('people', takeaway.by);
			if (person?.data && !person.data.consent.name) {
				problems.push({
					file: session.file,
					line: session.lineOf(['takeaways', i, 'by']),
					field: `takeaways[${i}].by`,
					found: `"${takeaway.by}", who has not agreed to be named`,
					expected: 'no "by" for this remark (keep only the text)',
				});
			}
		});
	}

	for (const person of withheld) {
		const problem = personFileNameProblem(person.id, person.file, person.data?.name);
		if (problem) problems.push(problem);
	}

	const named = withheld.flatMap((person) =>
		person.data?.name ? [{ person, pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(person.data.name)}($|[^\\p{L}])`, 'iu') }] : [],
	);
	if (named.length === 0) return problems;
	for (const name of ['briefs', 'sessions', 'series', 'organisations', 'awards', 'people'] as const) {
		for (const entry of index.entries[name]) {
			if (entry.raw.draft === true) continue;
			const places = [...publishedTexts(entry), { path: ['body'] as Path, text: entry.body }];
			for (const { person, pattern } of named) {
				if (entry === person) continue;
				for (const place of places) {
					const match = pattern.exec(place.text);
					if (!match) continue;
					const line =
						place.path[0] === 'body' ? entry.bodyLine + place.text.slice(0, match.index).split('\n').length - 1 : entry.lineOf(place.path);
					problems.push({
						file: entry.file,
						line,
						field: place.path[0] === 'body' ? 'body' : place.path.join('.'),
						found: `the name of ${person.file}, who has not agreed to be named`,
						expected: 'their role and organisation instead of their name',
					});
				}
			}
		}
	}
	return problems;
}
