/** The interface strings in `content/i18n/`, read for checks that depend on wording. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeValue, type Problem } from './problem.ts';

export type UiStrings = {
	langs: string[];
	get(lang: string, key: string): string | undefined;
	keys(lang: string): string[];
	file(lang: string): string;
	/** Files that are not valid JSON, as problems; their strings count as unknown, not as missing. */
	unreadable: Problem[];
	/** Strings written as something other than text (`"key": 2026`), as problems; `get` leaves them out. */
	notText: Problem[];
	readable(lang: string): boolean;
};

export const i18nDir = 'content/i18n';

export function readUiStrings(root: string): UiStrings {
	const tables = new Map<string, Record<string, string>>();
	let files: string[] = [];
	try {
		files = readdirSync(join(root, i18nDir)).filter((f) => f.endsWith('.json'));
	} catch {
		// No folder: every lookup falls back to the caller's default.
	}
	const unreadable: Problem[] = [];
	const notText: Problem[] = [];
	for (const file of files) {
		const text = readFileSync(join(root, i18nDir, file), 'utf-8');
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			const message = (error as Error).message;
			const position = /position (\d+)/.exec(message)?.[1];
			const line = Number(/line (\d+)/.exec(message)?.[1] ?? (position ? text.slice(0, Number(position)).split('\n').length : 1));
			unreadable.push({
				file: `${i18nDir}/${file}`,
				line,
				field: 'file',
				found: `text that is not valid JSON (${message.replace(/ in JSON at position.*$/, '')})`,
				expected: '"key": "text" pairs, each but the last followed by a comma, inside { }',
			});
			continue;
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			unreadable.push({
				file: `${i18nDir}/${file}`,
				line: 1,
				field: 'file',
				found: describeValue(parsed),
				expected: '"key": "text" pairs inside { }',
			});
			continue;
		}
		const table: Record<string, string> = {};
		for (const [key, value] of Object.entries(parsed)) {
			if (typeof value === 'string') table[key] = value;
			else notText.push(notTextProblem(`${i18nDir}/${file}`, text, key, value));
		}
		tables.set(basename(file, '.json'), table);
	}
	return {
		langs: [...tables.keys()],
		get: (lang, key) => tables.get(lang)?.[key],
		keys: (lang) => Object.keys(tables.get(lang) ?? {}),
		file: (lang) => `${i18nDir}/${lang}.json`,
		unreadable,
		notText,
		readable: (lang) => !unreadable.some((problem) => problem.file === `${i18nDir}/${lang}.json`),
	};
}

/** A string written as a number, true or false, a list or a group: a person typing a year or a count leaves the quotes out. */
function notTextProblem(file: string, text: string, key: string, value: unknown): Problem {
	const at = text.lastIndexOf(JSON.stringify(key));
	return {
		file,
		line: at < 0 ? 1 : text.slice(0, at).split('\n').length,
		field: key,
		found: describeValue(value),
		expected:
			typeof value === 'number' || typeof value === 'boolean' ? `text in double quotes: "${String(value)}"` : 'text in double quotes',
	};
}
