/** The toolkit and guide pages: readable frontmatter with the fields the site adds to Starlight's. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { listFiles } from '../../loader/files.ts';
import { markdownOrProblem } from '../../loader/parse-or-problem.ts';
import { docsExtension } from '../../schemas/docs.ts';
import { findReferences } from '../../schemas/references.ts';
import { text } from '../../schemas/fields.ts';
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';
import { unsafeBodyProblems } from './html.ts';
import { unknownReference } from './references.ts';
import { issuesToProblems } from '../../loader/zod-issues.ts';

export const docsDir = 'content/docs';
const docsFrontmatter = docsExtension.extend({ title: text('the page title') });

export function checkDocs(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	for (const file of listFiles(index.root, docsDir)) {
		if (extname(file) === '.mdx') {
			// MDX compiles to JavaScript that runs when the site is built, so a pull request could run code with it.
			problems.push({
				file,
				line: 1,
				field: 'file',
				found: 'an MDX file (MDX can run code when the site is built)',
				expected: 'a Markdown (.md) page: rename it to .md and write components as plain Markdown',
			});
			continue;
		}
		if (extname(file) !== '.md') continue;
		const { parsed, problem } = markdownOrProblem(file, readFileSync(`${index.root}/${file}`, 'utf-8'));
		if (problem) {
			problems.push(problem);
			continue;
		}
		const result = docsFrontmatter.safeParse(parsed.data, { reportInput: true });
		if (!result.success) {
			problems.push(...issuesToProblems(result.error.issues, { file, schema: docsFrontmatter, lineOf: parsed.lineOf, kind: 'pages' }));
			continue;
		}
		problems.push(...unsafeBodyProblems(file, parsed.bodyLine, parsed.body));
		for (const ref of findReferences(docsFrontmatter, parsed.data)) {
			if (!index.get(ref.collection, ref.id)) {
				problems.push(
					unknownReference(
						index.entries[ref.collection].map((e) => e.id),
						file,
						parsed.lineOf(ref.path),
						ref,
					),
				);
			}
		}
	}
	return problems;
}
