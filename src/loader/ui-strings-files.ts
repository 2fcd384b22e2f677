/** The interface strings in `content/i18n/`, read for checks that depend on wording. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from './problem.ts';

export type UiStrings = {
	langs: string[];
	get(lang: string, key: string): string | undefined;
	keys(lang: string): string[];
	file(lang: string): string;
	/** Files that are not valid JSON, as problems; their strings count as unknown, not as missing. */
	unreadable: Problem[];
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
	for (const file of files) {
		const text = readFileSync(join(root, i18nDir, file), 'utf-8');
		try {
			tables.set(basename(file, '.json'), JSON.parse(text) as Record<string, string>);
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
		}
	}
	return {
		langs: [...tables.keys()],
		get: (lang, key) => tables.get(lang)?.[key],
		keys: (lang) => Object.keys(tables.get(lang) ?? {}),
		file: (lang) => `${i18nDir}/${lang}.json`,
		unreadable,
		readable: (lang) => !unreadable.some((problem) => problem.file === `${i18nDir}/${lang}.json`),
	};
}
