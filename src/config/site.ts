/**
 * Reads `content/site.yaml` for `astro.config.mjs`. A mistake there stops the
 * build with the same one-line message `npm run check` would print.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, type Problem } from '../loader/problem.ts';
import { issuesToProblems } from '../loader/zod-issues.ts';
import { yamlOrProblem } from '../loader/parse-or-problem.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';

export const siteFile = 'content/site.yaml';

/** The settings in `content/site.yaml`, or the problems that stop them being read. */
export function checkSiteSettings(root: string): { settings?: SiteSettings; problems: Problem[] } {
	const { parsed, problem } = yamlOrProblem(siteFile, readFileSync(`${root}/${siteFile}`, 'utf-8'));
	if (problem) return { problems: [problem] };
	const result = siteSchema.safeParse(parsed.data, { reportInput: true });
	if (result.success) return { settings: result.data, problems: [] };
	return {
		problems: issuesToProblems(result.error.issues, { file: siteFile, schema: siteSchema, lineOf: parsed.lineOf, kind: 'site settings' }),
	};
}

export function readSiteSettings(root: string): SiteSettings {
	const { settings, problems } = checkSiteSettings(root);
	if (settings) return settings;
	console.error(problems.map(formatProblem).join('\n'));
	process.exit(1);
}
