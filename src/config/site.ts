/**
 * Reads `content/site.yaml` for `astro.config.mjs`. A mistake there stops the
 * build with the same one-line message `npm run check` would print.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../check/problem.ts';
import { issuesToProblems } from '../check/zod-issues.ts';
import { ContentSyntaxError, parseYaml } from '../loader/frontmatter.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';

export const siteFile = 'content/site.yaml';

export function readSiteSettings(root: string): SiteSettings {
	const fail = (line: string): never => {
		console.error(line);
		process.exit(1);
	};
	let parsed;
	try {
		parsed = parseYaml(readFileSync(`${root}/${siteFile}`, 'utf-8'));
	} catch (error) {
		if (error instanceof ContentSyntaxError) {
			return fail(
				formatProblem({ file: siteFile, line: error.line, field: 'file', found: 'text that is not valid YAML', expected: error.message }),
			);
		}
		throw error;
	}
	const result = siteSchema.safeParse(parsed.data, { reportInput: true });
	if (!result.success) {
		const problems = issuesToProblems(result.error.issues, {
			file: siteFile,
			schema: siteSchema,
			lineOf: parsed.lineOf,
			kind: 'site settings',
		});
		return fail(problems.map(formatProblem).join('\n'));
	}
	return result.data;
}
