/** Every language of the site has every interface string: a full locale, not a partial one. */
import { defaultLang, siteLangs } from '../../i18n/locales.ts';
import { starlightStringKeys, uiStringKeys } from '../../schemas/ui-strings.ts';
import type { Problem } from '../../loader/problem.ts';
import type { UiStrings } from '../../loader/ui-strings-files.ts';

/** The site's own strings everywhere; Starlight's too where Starlight ships no translation of its own. */
export function requiredKeys(lang: string): readonly string[] {
	return lang === defaultLang ? uiStringKeys : [...uiStringKeys, ...starlightStringKeys];
}

export function checkUiStrings(strings: UiStrings): Problem[] {
	const problems: Problem[] = [];
	problems.push(...strings.unreadable, ...strings.notText);
	for (const lang of siteLangs) {
		if (!strings.readable(lang)) continue;
		const keys = new Set(strings.keys(lang));
		// A string written as a number is said once, as that, not again as missing.
		const notText = new Set(strings.notText.filter((p) => p.file === strings.file(lang)).map((p) => p.field));
		const missing = requiredKeys(lang).filter((key) => !notText.has(key) && (!keys.has(key) || !strings.get(lang, key)?.trim()));
		if (missing.length === 0) continue;
		problems.push({
			file: strings.file(lang),
			line: 1,
			field: missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : ''),
			found: 'no translation',
			expected: `every interface string in ${lang} (copy the English from ${strings.file('en')} and translate it)`,
		});
	}
	return problems;
}
