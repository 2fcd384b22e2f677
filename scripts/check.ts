/**
 * `npm run check`: validates all content without building the site.
 * One line per problem; exit code 1 when there is any.
 */
import { checkContent, formatProblem, githubAnnotation } from '../src/check/index.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, warnings, index } = checkContent(root);
const entries = Object.values(index.entries).reduce((sum, list) => sum + list.length, 0);

for (const problem of problems) {
	console.log(formatProblem(problem));
	if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
// Warnings first and apart: they never stop a build.
for (const warning of warnings) {
	console.log(`warning: ${formatProblem(warning)}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(warning).replace(/^::error/, '::warning'));
}
if (problems.length > 0) {
	// `npm run build` runs this first, and stops here.
	const after =
		process.env.npm_lifecycle_event === 'build'
			? 'Nothing was built.'
			: `Fix ${problems.length === 1 ? 'it' : 'them'} and run npm run check again.`;
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. ${after}`);
	process.exit(1);
}
console.error(`Content is valid: ${entries} entries checked.`);
