/**
 * The form's check of one file applies the rules of `npm run check`: for
 * every mistake fixture, checking the file alone finds the same problems as
 * checking the whole content, except the rules it cannot run in a browser
 * (listed in check-entry.ts), which this test names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntryText, type KnownIds } from '../../src/check/check-entry.ts';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/loader/problem.ts';
import { readContent } from '../../src/check/read-content.ts';
import { namesInIndex } from '../../src/check/rules/chatham-names.ts';
import { loopTargetsIn } from '../../src/check/rules/learning-loop.ts';
import { readUiStrings } from '../../src/loader/ui-strings-files.ts';
import { listMarkdownEntries } from '../../src/loader/files.ts';
import { collectionNames, collectionSources } from '../../src/schemas/collections.ts';
import { fixturesDir as fixtures, prepareSite, projectRoot } from '../support/site-build.ts';

const small = join(fixtures, 'small-site');

/** What the form is given about the rest of a site: the ids of its entries (not the one being written), its drafts and names. */
function contextOf(root: string, file: string) {
	const index = readContent(root, []);
	const known: KnownIds = Object.fromEntries(
		collectionNames.map((name) => [name, index.entries[name].filter((e) => e.file !== file).map((e) => e.id)]),
	);
	const drafts = Object.fromEntries(
		collectionNames.map((name) => [
			name,
			Object.fromEntries(index.entries[name].filter((e) => e.raw.draft === true).map((e) => [e.id, e.file])),
		]),
	);
	return { known, drafts, namesOf: namesInIndex(index), loopTargets: loopTargetsIn(index).filter((t) => !file.endsWith(`/${t.id}.md`)) };
}

const strings = readUiStrings(projectRoot);
// The fixture's briefs are in English.
const sectionTitle = (key: string) => strings.get('en', key);

/** Mistakes whose rule needs what a browser does not have. */
const outOfReach: Record<string, string> = {
	'draft-link': 'links in the body to drafts: reading Markdown needs a native parser',
	'name-without-consent': 'the names of people who withheld consent are not sent to the browser',
	'photo-problems': 'images on disk',
	'duplicate-id': 'a file in a subfolder; the form writes to the collection folder',
	'over-limits': 'the pixel size of images on disk',
	'second-plan': 'another file of the collection: the form is told which series have a plan, and says it itself',
};

describe('checking one entry', () => {
	const mistakes = readdirSync(join(fixtures, 'mistakes'));
	it('names a fixture for every rule out of its reach', () => {
		for (const mistake of Object.keys(outOfReach)) expect(mistakes).toContain(mistake);
	});
	for (const mistake of mistakes.filter((m) => !(m in outOfReach))) {
		it(`finds what npm run check finds in the mistake "${mistake}"`, () => {
			const overlay = join(fixtures, 'mistakes', mistake);
			const site = prepareSite(`parity-${mistake}`, small, [overlay], { contentOnly: true });
			const whole = checkContent(site.root).problems;
			for (const name of collectionNames) {
				const source = collectionSources[name];
				if (source.format !== 'markdown') continue;
				for (const { file, absolute } of listMarkdownEntries(overlay, source.folder)) {
					const { known, drafts, namesOf, loopTargets } = contextOf(site.root, file);
					const alone = checkEntryText(name, file, readFileSync(absolute, 'utf-8'), known, {
						drafts,
						sectionTitle,
						namesOf,
						loopTargets,
					}).map(formatProblem);
					const expected = whole.filter((p) => p.file === file).map(formatProblem);
					expect(alone).toEqual(expected);
				}
			}
		});
	}
});
