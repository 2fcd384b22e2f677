/**
 * A link in published text to a draft's page or file is refused, however it
 * is written; links that only look like one (another site's address, a draft's
 * own links) are left alone.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readContent } from '../read-content.ts';
import { checkDraftLinks } from './draft-links.ts';

/** The small site (whose 2026-09-04-draft-session and draft-person are drafts) with one session whose body is `body`. */
function draftLinkProblems(name: string, body: string, frontmatter = ''): string[] {
	const site = smallSiteWith(`draft-links-${name}`, {
		'content/sessions/2026-05-14-links.md': `---\nseries: plp-group\ntitle: Links\ndate: 2026-05-14T10:00+01:00\nlang: en\nformat: online\napproach: als\n${frontmatter}sample: true\n---\n\n${body}\n`,
	});
	return checkDraftLinks(readContent(site.root, [])).map(formatProblem);
}

const refused = (url: string, draft = 'content/sessions/2026-09-04-draft-session.md') =>
	`content/sessions/2026-05-14-links.md:11: body: found a link to ${url}, which is a draft (${draft}); expected links to published entries only: publish it first, or take the link out`;

describe('a link to a draft', () => {
	it('is found written relative to the page, with a section or a query, and to a person', () => {
		const links = [
			'sessions/2026-09-04-draft-session/',
			'/lo/sessions/2026-09-04-draft-session/#what-was-agreed',
			'../sessions/2026-09-04-draft-session.md?from=here',
			'/people/draft-person/',
		];
		expect(draftLinkProblems('written', links.map((url) => `[a link](${url})`).join(' and '))).toEqual([
			refused(links[0]!),
			refused(links[1]!),
			refused(links[2]!),
			refused(links[3]!, 'content/people/draft-person.md'),
		]);
	});

	it('is not looked for in another site’s address with the same path, nor in a draft’s own text', () => {
		expect(draftLinkProblems('elsewhere', '[elsewhere](https://example.org/sessions/2026-09-04-draft-session/)')).toEqual([]);
		expect(draftLinkProblems('from-a-draft', '[the other draft](/sessions/2026-09-04-draft-session/)', 'draft: true\n')).toEqual([]);
	});

	it('leaves links to published entries and to pages that are not entries alone', () => {
		expect(draftLinkProblems('published', '[the hangout](/sessions/2026-03-06-open-hangout/), [search](/search/), [home](/)')).toEqual([]);
	});
});
