/**
 * A brief's standard sections, apart from the Markdown parser that finds
 * its headings: the submission form runs this rule in the browser.
 */
import { normaliseHeading, type Heading } from '../../lib/markdown-headings.ts';
import { briefSections } from '../../schemas/brief.ts';
import type { Problem } from '../../loader/problem.ts';

/**
 * A brief's standard sections, each present and written, from the body's
 * headings. `titleOf` gives a section's title in the brief's language. The
 * submission form runs it too, on headings read without the native parser.
 */
export function briefSectionProblems(
	file: string,
	bodyLine: number,
	headings: readonly Heading[],
	titleOf: (key: `brief.section.${(typeof briefSections)[number]}`) => string | undefined,
): Problem[] {
	const problems: Problem[] = [];
	const present = new Map(headings.filter((h) => h.depth === 2).map((h) => [normaliseHeading(h.text), h]));
	for (const section of briefSections) {
		const title = titleOf(`brief.section.${section}`) ?? section;
		const heading = present.get(normaliseHeading(title));
		if (heading?.empty) {
			problems.push({
				file,
				line: heading.line,
				field: 'body',
				found: `an empty "${title}" section`,
				expected: 'a few sentences under the heading',
			});
		}
		if (heading) continue;
		problems.push({
			file,
			line: bodyLine,
			field: 'body',
			found: `no "${title}" section`,
			expected: `a heading "## ${title}" followed by that section`,
		});
	}
	return problems;
}
