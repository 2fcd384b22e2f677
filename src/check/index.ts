/**
 * `checkContent()`: everything `npm run check` verifies, without building a
 * page. The build runs it first and stops on any problem.
 */
import { sortProblems, type Problem } from '../loader/problem.ts';
import { readContent, type ContentIndex } from './read-content.ts';
import { warnAgreedNext } from './rules/agreed-next.ts';
import { checkAwards } from './rules/awards.ts';
import { checkBriefs } from './rules/briefs.ts';
import { checkChathamNames } from './rules/chatham-names.ts';
import { checkConsent } from './rules/consent.ts';
import { checkDocs } from './rules/docs.ts';
import { checkDraftLinks } from './rules/draft-links.ts';
import { checkFiles } from './rules/files.ts';
import { checkHtml } from './rules/html.ts';
import { checkImages } from './rules/images.ts';
import { checkPlans } from './rules/plans.ts';
import { checkLearningLoop } from './rules/learning-loop.ts';
import { checkReferences } from './rules/references.ts';
import { checkUiStrings } from './rules/ui-strings.ts';
import { readUiStrings } from '../loader/ui-strings-files.ts';
import { checkSiteSettings } from '../config/site.ts';
import { readNow } from '../lib/now.ts';

/** `warnings` are worth a look but stop nothing: a build goes ahead with them. */
export type CheckResult = { problems: Problem[]; warnings: Problem[]; index: ContentIndex };

export function checkContent(root: string, now: Date = readNow()): CheckResult {
	const problems: Problem[] = [];
	const index = readContent(root, problems);
	const strings = readUiStrings(root);
	problems.push(
		...checkFiles(index),
		...checkReferences(index),
		...checkLearningLoop(index),
		...checkDraftLinks(index),
		...checkBriefs(index, strings),
		...checkConsent(index),
		...checkChathamNames(index),
		...checkImages(index),
		...checkHtml(index),
		...checkAwards(index),
		...checkPlans(index),
		...checkDocs(index),
		...checkUiStrings(strings),
		...checkSiteSettings(root).problems,
	);
	return { problems: sortProblems(problems), warnings: sortProblems(warnAgreedNext(index, now)), index };
}

export { formatProblem, githubAnnotation, type Problem } from '../loader/problem.ts';
