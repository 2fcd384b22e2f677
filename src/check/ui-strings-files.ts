/** The interface strings in `content/i18n/`, read for checks that depend on wording. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type UiStrings = {
	langs: string[];
	get(lang: string, key: string): string | undefined;
	keys(lang: string): string[];
	file(lang: string): string;
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
	for (const file of files) {
		try {
			tables.set(basename(file, '.json'), JSON.parse(readFileSync(join(root, i18nDir, file), 'utf-8')) as Record<string, string>);
		} catch {
			tables.set(basename(file, '.json'), {});
		}
	}
	return {
		langs: [...tables.keys()],
		get: (lang, key) => tables.get(lang)?.[key],
		keys: (lang) => Object.keys(tables.get(lang) ?? {}),
		file: (lang) => `${i18nDir}/${lang}.json`,
	};
}
