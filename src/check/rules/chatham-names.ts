/**
 * Under the Chatham House Rule what was said may be used, but not who said it:
 * a recap that names its presenter or facilitator, in its text or its
 * fields, attributes what follows to them, whatever their name consent.
 */
import type { Path } from '../../loader/frontmatter.ts';
import { findName } from '../../lib/name-mentions.ts';
import type { Session } from '../../schemas/session.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

/** A session file as the rule reads it: its fields, its body and where each is. */
export type SessionText = {
	file: string;
	data: Session;
	body: string;
	bodyLine: number;
	lineOf: (path: Path) => number;
};

/** The names (in any script) by which a person may be written, or none known. */
export type NamesOf = (personId: string) => string[];

export function chathamNameProblems(session: SessionText, namesOf: NamesOf): Problem[] {
	const data = session.data;
	if (data.confidentiality !== 'chatham-house') return [];
	const ids = [...data.presenters, ...(data.facilitator ? [data.facilitator] : [])];
	const people = ids.map((id) => ({ id, names: namesOf(id) })).filter((person) => person.names.length > 0);
	const places: { path: Path; text: string }[] = [
		{ path: ['title'], text: data.title },
		...(data.summary ? [{ path: ['summary'] as Path, text: data.summary }] : []),
		...data.takeaways.map((t, i) => ({ path: ['takeaways', i] as Path, text: typeof t === 'string' ? t : t.text })),
		...data.resources.map((r, i) => ({ path: ['resources', i, 'title'] as Path, text: r.title })),
		{ path: ['body'], text: session.body },
	];
	const problems: Problem[] = [];
	for (const place of places) {
		for (const person of people) {
			const mention = findName(place.text, person.names);
			if (!mention) continue;
			const inBody = place.path[0] === 'body';
			problems.push({
				file: session.file,
				line: inBody ? session.bodyLine + place.text.slice(0, mention.index).split('\n').length - 1 : session.lineOf(place.path),
				field: inBody ? 'body' : place.path.join('.').replace(/\.(\d+)/g, '[$1]'),
				found: `"${place.text.slice(mention.index, mention.index + mention.length)}", the name of ${person.id}, on a Chatham House session`,
				expected: 'what was said without who said it: take the name out, or write "the presenter" or "a participant"',
			});
		}
	}
	return problems;
}

/** Every name a person file gives, consent or not: the check runs on the repository, where they are anyway. */
export const namesInIndex =
	(index: ContentIndex): NamesOf =>
	(id) => {
		const person = index.get('people', id)?.data;
		return [person?.name, person?.nameLo].filter((n): n is string => typeof n === 'string');
	};

export function checkChathamNames(index: ContentIndex): Problem[] {
	const namesOf = namesInIndex(index);
	return index.entries.sessions.flatMap((session) =>
		session.data ? chathamNameProblems({ ...session, data: session.data }, namesOf) : [],
	);
}
