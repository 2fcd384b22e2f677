/**
 * Turns a contributor's answers into the Markdown file of an entry: its
 * name, its frontmatter and, for briefs, the sections to fill in.
 */
import { stringify } from 'yaml';
import { briefSections } from '../../schemas/brief.ts';
import { placeOf } from '../../schemas/collections.ts';
import { collectionOf, formFields, type ContributionType } from './fields.ts';

/** A URL-safe name from any title: Latin letters and digits only; other scripts need a name given. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 8)
		.join('-');
}

/** The answers as the nested object the schema reads: `{ 'consent.name': true }` becomes `{ consent: { name: true } }`. */
export function nest(answers: Record<string, unknown>): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(answers)) {
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		const keys = name.split('.');
		let target = data;
		for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
		target[keys.at(-1)!] = value;
	}
	return data;
}

/** The file name (without folder) an entry gets: dated for sessions, by month and series for awards. */
export function entryFileName(type: ContributionType, data: Record<string, unknown>, slug?: string): string {
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const named = slug || slugify(text(data.title) || text(data.name) || text(data.role)) || type;
	switch (type) {
		case 'session':
			return `${text(data.date).slice(0, 10)}-${named}.md`;
		case 'award':
			return `${text(data.month)}-${text(data.series)}.md`;
		case 'brief':
			return `${named}${data.translationOf ? `-${text(data.lang)}` : ''}.md`;
		default:
			return `${named}.md`;
	}
}

export function entryPath(type: ContributionType, fileName: string): string {
	return `${placeOf(collectionOf[type])}${fileName}`;
}

/** The Markdown file: frontmatter in the order the form asked, then the body. */
export function entryText(
	type: ContributionType,
	data: Record<string, unknown>,
	options: { body?: string; sectionTitles?: (section: string) => string } = {},
): string {
	const order = formFields(type).map((f) => f.name.split('.')[0]!);
	const ordered = Object.fromEntries(
		Object.keys(data)
			.sort((a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)))
			.map((key) => [key, data[key]]),
	);
	const yaml = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
	let body = options.body?.trim() ?? '';
	if (!body && type === 'brief') {
		const title = options.sectionTitles ?? ((s: string) => s);
		body = briefSections.map((s) => `## ${title(s)}\n\n<!-- Write this section. -->`).join('\n\n');
	}
	return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
