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
	const given = (value: unknown) => !(value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
	const names = Object.keys(answers).filter((name) => given(answers[name]));
	for (const [name, value] of Object.entries(answers)) {
		if (!given(value)) continue;
		// A sentence with fields of its own (a benchmark with its baseline and roadmap) becomes the group's text.
		const grouped = typeof value === 'string' && names.some((other) => other.startsWith(`${name}.`));
		const keys = (grouped ? `${name}.text` : name).split('.');
		let target = data;
		for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
		target[keys.at(-1)!] = value;
	}
	return data;
}

/** The file name (without folder) an entry gets: dated for sessions, by month and series for awards, by series for plans. */
export function entryFileName(type: ContributionType, data: Record<string, unknown>, slug?: string): string {
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const named = slug || slugify(text(data.title) || text(data.name) || text(data.role)) || type;
	switch (type) {
		case 'session':
			return `${text(data.date).slice(0, 10)}-${named}.md`;
		case 'award':
			return `${text(data.month)}-${text(data.series)}.md`;
		case 'plan':
			// One plan per series, named after it.
			return `${text(data.series) || named}.md`;
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

/**
 * The longest prefilled new-file link the form offers. GitHub's servers, like
 * most, refuse request lines much beyond 8 KB (HTTP 414), and a Lao
 * character costs nine characters in a link, so a Lao recap of about 850
 * characters already reaches this. Longer entries get the guided path
 * (copy, then open the empty new-file page). See docs/contribute-form.md.
 */
export const maxLinkLength = 8000;

/** GitHub's new-file page for `path`, with the text in the link when it fits; `undefined` when it does not. */
export function newFileLink(repository: { url: string; branch: string }, path: string, text?: string): string | undefined {
	const base = `${repository.url.replace(/\/$/, '')}/new/${encodeURIComponent(repository.branch)}?filename=${encodeURIComponent(path)}`;
	if (text === undefined) return base;
	const link = `${base}&value=${encodeURIComponent(text)}`;
	return link.length <= maxLinkLength ? link : undefined;
}

/** True when a title is in Latin letters, so a file name can be made from it. */
export function isLatinTitle(title: string): boolean {
	return /\p{L}/u.test(title) && !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(title);
}

/**
 * The short name a file gets unless the person edits it: the title's words
 * when it is in Latin letters, else the series' short name (a Lao title
 * would otherwise leave only its digits), else nothing.
 */
export function suggestedSlug(title: string, fallback = ''): string {
	return (isLatinTitle(title) ? slugify(title) : '') || fallback;
}
