/**
 * `npm run check`: validates all content without building the site.
 * One line per problem; exit code 1 when there is any.
 * `--lang lo` (or PLH_LANG=lo) prints the messages in Lao.
 */
import { checkContent, githubAnnotation } from '../src/check/index.ts';
import { formatProblemIn, t } from '../src/check/messages/index.ts';
import { fill } from '../src/check/messages/fill.ts';
import { cliLang } from './cli-lang.ts';

const { lang, args } = cliLang(process.argv.slice(2));
const root = args[0] ?? process.cwd();
const { problems, warnings, index } = checkContent(root);
const entries = Object.values(index.entries).reduce((sum, list) => sum + list.length, 0);

for (const problem of problems) {
	console.log(formatProblemIn(problem, lang));
	if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
// Warnings first and apart: they never stop a build.
for (const warning of warnings) {
	console.log(`warning: ${formatProblemIn(warning, lang)}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(warning).replace(/^::error/, '::warning'));
}
if (problems.length > 0) {
	// `npm run build` runs this first, and stops here.
	const after =
		process.env.npm_lifecycle_event === 'build'
			? t('Nothing was built.', lang)
			: t(problems.length === 1 ? 'Fix it and run npm run check again.' : 'Fix them and run npm run check again.', lang);
	const count = fill(problems.length === 1 ? '{} problem in the content.' : '{} problems in the content.', lang, problems.length);
	console.error(`\n${count} ${after}`);
	process.exit(1);
}
console.error(fill('Content is valid: {} entries checked.', lang, entries));
