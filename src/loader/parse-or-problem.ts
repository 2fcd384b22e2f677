/**
 * A content file parsed, or the one problem that says why it cannot be: its
 * line and what to do, as every reader of content files reports it (the
 * checker, the form, the site settings).
 */
import { ContentSyntaxError, parseMarkdownFile, parseYaml, type ParsedMarkdown, type ParsedYaml } from './frontmatter.ts';
import type { Problem } from './problem.ts';

type Parsed<T> = { parsed: T; problem?: undefined } | { parsed?: undefined; problem: Problem };

function parseOrProblem<T>(file: string, found: string, parse: () => T): Parsed<T> {
	try {
		return { parsed: parse() };
	} catch (error) {
		// Anything else is a bug in the site's code, not a mistake in the file.
		if (!(error instanceof ContentSyntaxError)) throw error;
		return { problem: { file, line: error.line, field: 'file', found, expected: error.message } };
	}
}

export const markdownOrProblem = (file: string, text: string): Parsed<ParsedMarkdown> =>
	parseOrProblem(file, 'text that is not valid frontmatter', () => parseMarkdownFile(text));

export const yamlOrProblem = (file: string, text: string): Parsed<ParsedYaml> =>
	parseOrProblem(file, 'text that is not valid YAML', () => parseYaml(text));
