/** Briefs have the standard sections, and translations point at an original. */
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';
import type { UiStrings } from '../../loader/ui-strings-files.ts';
import { outlineOf } from '../../lib/markdown-outline.ts';
import { briefSectionProblems } from './brief-sections.ts';

export function checkBriefs(index: ContentIndex, strings: UiStrings): Problem[] {
	const problems: Problem[] = [];
	for (const brief of index.entries.briefs) {
		if (brief.data === undefined) continue;
		const lang = brief.data.lang;
		// Section titles are read from the language's strings; when that file is broken, that is the problem reported.
		if (!strings.readable(lang)) continue;
		const headings = outlineOf(brief.body, brief.bodyLine).headings;
		problems.push(...briefSectionProblems(brief.file, brief.bodyLine, headings, (key) => strings.get(lang, key) ?? strings.get('en', key)));
		const original = brief.data.translationOf ? index.get('briefs', brief.data.translationOf) : undefined;
		if (original?.data) {
			if (original.data.lang === lang) {
				problems.push({
					file: brief.file,
					line: brief.lineOf(['lang']),
					field: 'lang',
					found: `"${lang}", the same language as ${original.file}`,
					expected: 'the language this translation is written in',
				});
			}
			if (original.data.translationOf) {
				problems.push({
					file: brief.file,
					line: brief.lineOf(['translationOf']),
					field: 'translationOf',
					found: `"${original.id}", itself a translation`,
					expected: `the original brief, "${original.data.translationOf}"`,
				});
			}
		}
	}
	const byOriginalAndLang = new Map<string, string>();
	for (const brief of index.entries.briefs) {
		if (!brief.data?.translationOf) continue;
		const key = `${brief.data.translationOf}/${brief.data.lang}`;
		const other = byOriginalAndLang.get(key);
		if (other) {
			problems.push({
				file: brief.file,
				line: brief.lineOf(['translationOf']),
				field: 'translationOf',
				found: `a second "${brief.data.lang}" translation (the first is ${other})`,
				expected: 'one translation per language',
			});
		} else byOriginalAndLang.set(key, brief.file);
	}
	return problems;
}
