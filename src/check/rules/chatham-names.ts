/**
 * Under the Chatham House Rule what was said may be used, but not who said it:
 * a recap that names its presenter or facilitator, in its text or its
 * fields, attributes what follows to them, whatever their name consent.
 */
import type { Path } from '../../loader/frontmatter.ts';
import { findName } from '../../lib/name-mentions.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../problem.ts';

export function checkChathamNames(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const session of index.entries.sessions) {
		const data = session.data;
		if (!data || data.confidentiality !== 'chatham-house') continue;
		const ids = [...data.presenters, ...(data.facilitator ? [data.facilitator] : [])];
		const people = ids.flatMap((id) => {
			const person = index.get('people', id)?.data;
			const names = [person?.name, person?.nameLo].filter((n): n is string => typeof n === 'string');
			return names.length > 0 ? [{ id, names }] : [];
		});
		const places: { path: Path; text: string }[] = [
			{ path: ['title'], text: data.title },
			...(data.summary ? [{ path: ['summary'] as Path, text: data.summary }] : []),
			...data.takeaways.map((t, i) => ({ path: ['takeaways', i] as Path, text: typeof t === 'string' ? t : t.text })),
			...data.resources.map((r, i) => ({ path: ['resources', i, 'title'] as Path, text: r.title })),
			{ path: ['body'], text: session.body },
		];
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
	}
	return problems;
}
