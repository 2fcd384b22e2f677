/**
 * Every mistake a contributor makes gets one line naming the file, the line,
 * the field, what was found and what was expected. Each fixture in
 * tests/fixtures/mistakes/ is laid over the valid small site.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, prepareSite } from '../../tests/support/site-build.ts';
import { checkContent, formatProblem } from './index.ts';

function problemsWith(mistake?: string, prepare?: (root: string) => void): string[] {
	const overlays = mistake ? [join(fixturesDir, 'mistakes', mistake)] : [];
	const site = prepareSite(`check-${mistake ?? 'valid'}`, join(fixturesDir, 'small-site'), overlays, { contentOnly: true });
	prepare?.(site.root);
	return checkContent(site.root).problems.map(formatProblem);
}

describe('npm run check', () => {
	it('finds nothing wrong with the valid small site', () => {
		expect(problemsWith()).toEqual([]);
	});

	it('explains a date it cannot read', () => {
		expect(problemsWith('bad-date')).toEqual([
			'content/sessions/2026-05-07-bad-date.md:4: date: found "7 May 2026, 10am"; expected a date and time with a UTC offset or a time zone, like 2026-12-05T09:00+07:00 or 2026-12-05T09:00[Asia/Vientiane]',
		]);
	});

	it('names a missing required field', () => {
		expect(problemsWith('missing-field')).toEqual([
			'content/sessions/2026-05-07-no-title.md:2: title: found nothing; expected the topic of the session',
		]);
	});

	it('names an unknown reference and lists what exists', () => {
		expect(problemsWith('unknown-reference')).toEqual([
			'content/sessions/2026-05-07-unknown-series.md:2: series: found "friday-hangout", which is not in content/series/; expected the id of one of the series: lao-hangouts, plp-group',
			'content/sessions/2026-05-07-unknown-series.md:8: presenters[1]: found "nobody-here", which is not in content/people/; expected the id of one of the people: draft-person, named-presenter, unnamed-volunteer',
		]);
	});

	it('lists the allowed values for an unknown choice', () => {
		expect(problemsWith('unknown-enum')).toEqual([
			'content/sessions/2026-05-07-zoom.md:6: format: found "zoom"; expected one of online, in-person, hybrid',
		]);
	});

	it('names a missing or empty brief section and what would fix it', () => {
		expect(problemsWith('missing-section')).toEqual([
			'content/briefs/incomplete-brief.md:11: body: found no "Next steps" section; expected a heading "## Next steps" followed by that section',
			'content/briefs/incomplete-brief.md:28: body: found an empty "Adaptation and applicability" section; expected a few sentences under the heading',
		]);
	});

	it('says when the interface strings or the site settings cannot be read, and nothing that follows from it', () => {
		const problems = problemsWith(undefined, (root) => {
			const lo = join(root, 'content/i18n/lo.json');
			// A comma lost at the end of the third line.
			writeFileSync(
				lo,
				readFileSync(lo, 'utf-8').replace(/^(.*),\n/m, (line, text: string, offset: number, all: string) =>
					all.slice(0, offset).split('\n').length === 2 ? `${text}\n` : line,
				),
			);
			const site = join(root, 'content/site.yaml');
			writeFileSync(site, `${readFileSync(site, 'utf-8')}\ntitle: [unclosed\n`);
		});
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^content\/i18n\/lo\.json:3: file: found text that is not valid JSON \(.+\); expected "key": "text" pairs/);
		expect(problems[1]).toMatch(/^content\/site\.yaml:\d+: file: found text that is not valid YAML; expected /);
	});

	it('refuses a link in a published page’s text to a draft', () => {
		expect(problemsWith('draft-link')).toEqual([
			'content/sessions/2026-05-14-links-to-a-draft.md:13: body: found a link to /sessions/2026-09-04-draft-session/, which is a draft (content/sessions/2026-09-04-draft-session.md); expected links to published entries only: publish it first, or take the link out',
			'content/sessions/2026-05-14-links-to-a-draft.md:13: body: found a link to ../sessions/2026-09-04-draft-session.md, which is a draft (content/sessions/2026-09-04-draft-session.md); expected links to published entries only: publish it first, or take the link out',
		]);
	});

	it('refuses the same id twice in a collection', () => {
		expect(problemsWith('duplicate-id')).toEqual([
			'content/people/archive/named-presenter.md:1: file: found the id "named-presenter", also used by content/people/named-presenter.md; expected an id used once in people: rename one of them',
			'content/people/named-presenter.md:1: file: found the id "named-presenter", also used by content/people/archive/named-presenter.md; expected an id used once in people: rename one of them',
		]);
	});

	it('points at the line of malformed YAML frontmatter', () => {
		expect(problemsWith('malformed-yaml')).toEqual([
			expect.stringMatching(
				/^content\/sessions\/2026-05-07-broken\.md:6: file: found text that is not valid frontmatter; expected a closing bracket \] or \} for the list or group opened above this line$/,
			),
		]);
	});

	it('refuses a time without a zone', () => {
		expect(problemsWith('no-zone')).toEqual([
			'content/sessions/2026-05-07-no-zone.md:4: date: found "2026-05-07T10:00"; expected a date and time with a UTC offset or a time zone, like 2026-12-05T09:00+07:00 or 2026-12-05T09:00[Asia/Vientiane]',
		]);
	});

	it('names an unknown theme and the themes there are', () => {
		expect(problemsWith('unknown-theme')).toEqual([
			'content/sessions/2026-05-07-unknown-theme.md:8: themes[0]: found "nutrtion", which is not in content/themes.yaml; expected the id of one of the themes: nutrition, fundraising',
		]);
	});

	it('says which folder a misplaced file belongs in', () => {
		expect(problemsWith('wrong-folder')).toEqual([
			'content/people/2026-05-07-misplaced-session.md:1: file: found a session in content/people/; expected it in content/sessions/',
		]);
	});

	it('catches the name of someone who did not agree to be named', () => {
		expect(problemsWith('name-without-consent')).toEqual([
			'content/sessions/2026-05-07-names-a-volunteer.md:10: body: found the name of content/people/unnamed-volunteer.md, who has not agreed to be named; expected their role and organisation instead of their name',
		]);
	});

	it('refuses a remark attributed to someone in a Chatham House session', () => {
		expect(problemsWith('chatham-attribution')).toEqual([
			'content/sessions/2026-05-07-attributed.md:12: takeaways[1].by: found "named-presenter"; expected no "by" on a Chatham House session (what was said may be shared, not who said it); keep only the text',
		]);
	});

	it('refuses private notes, saying they belong with the secretariat, not in the repository', () => {
		expect(problemsWith('private-notes')).toEqual([
			'content/sessions/2026-05-07-private-notes.md:11: notes: found private notes, which are public in the repository as soon as the file is proposed; expected no notes: field; send private notes (who raised what, figures shared in confidence) to the secretariat, not to the repository',
		]);
	});

	it('says to put text with a colon in quotes, at its line, in a title and in a takeaway', () => {
		expect(problemsWith('yaml-colon')).toEqual([
			'content/sessions/2026-05-07-colon-in-title.md:3: file: found text that is not valid frontmatter; expected the text in double quotes, like title: "Budget: what next" (a colon and a space inside text start a new field)',
			'content/sessions/2026-05-08-colon-in-takeaway.md:10: takeaways[1]: found "Lesson learnt: send the accounts a week before the meeting.", which YAML reads as a field because of the colon; expected the text in double quotes, like - "Lesson learnt: send the accounts a week before the meeting."',
		]);
	});

	it('refuses a YAML alias bomb in one line at the file, in frontmatter and in a content/*.yaml list', () => {
		expect(problemsWith('alias-bomb')).toEqual([
			'content/glossary.yaml:11: file: found text that is not valid YAML; expected the text written out in full instead of *l1: the site does not accept YAML anchors (&) and aliases (*)',
			'content/sessions/2026-05-07-alias-bomb.md:4: file: found text that is not valid frontmatter; expected the text written out in full instead of *a: the site does not accept YAML anchors (&) and aliases (*)',
		]);
	});

	it('never throws on any mistake fixture, and every problem is one line naming a file and a line', () => {
		for (const mistake of readdirSync(join(fixturesDir, 'mistakes'))) {
			const problems = problemsWith(mistake);
			expect(problems.length, mistake).toBeGreaterThan(0);
			for (const problem of problems) {
				expect(problem, mistake).toMatch(/^content\/[^\n:]+:\d+: [^\n]+; expected [^\n]+$/);
				expect(problem, mistake).not.toMatch(/\bat .+\.(ts|js):\d+|Error:/);
			}
		}
	});

	it('refuses what no real entry reaches: a 25 MB recap, a 200,000-character title, a 12,000 × 12,000 image', () => {
		const problems = problemsWith('over-limits', (root) => {
			// Made here rather than kept in the repository.
			const sessions = join(root, 'content/sessions');
			const long = join(sessions, '2026-05-07-long-title.md');
			writeFileSync(long, readFileSync(long, 'utf-8').replace(/^title: .*$/m, `title: ${'word '.repeat(40_000).trim()}`));
			const huge = join(sessions, '2026-05-08-huge-recap.md');
			writeFileSync(huge, readFileSync(huge, 'utf-8') + 'A line of the recap.\n'.repeat(1_250_000));
		});
		expect(problems).toEqual([
			'content/people/huge-photo.md:4: photo: found content/people/photos/huge.png of 12000 × 12000 pixels; expected an image at most 6000 pixels on each side (resize it to about 800 pixels wide)',
			'content/sessions/2026-05-07-long-title.md:3: title: found "word word word word word word word word word word word wo..."; expected at most 5000 characters (put longer text in the body, below the ---)',
			'content/sessions/2026-05-08-huge-recap.md:1: file: found a file of 25.0 MB; expected at most 1 MB: an entry is text; put images in files beside it, and split a long text into several pages',
		]);
	});

	it('refuses the presenter’s or facilitator’s name in a Chatham House recap, as people write it, in English and Lao', () => {
		expect(problemsWith('chatham-names')).toEqual([
			'content/sessions/2026-05-07-names-the-presenter.md:3: title: found "MR QUILLON", the name of named-presenter, on a Chatham House session; expected what was said without who said it: take the name out, or write "the presenter" or "a participant"',
			'content/sessions/2026-05-07-names-the-presenter.md:13: takeaways[1]: found "presenter  quillon", the name of named-presenter, on a Chatham House session; expected what was said without who said it: take the name out, or write "the presenter" or "a participant"',
			'content/sessions/2026-05-07-names-the-presenter.md:15: resources[0].title: found "Sample Facilitator Keomany", the name of lao-facilitator, on a Chatham House session; expected what was said without who said it: take the name out, or write "the presenter" or "a participant"',
			'content/sessions/2026-05-07-names-the-presenter.md:21: body: found "ທ່ານ ສົມພອນ", the name of lao-facilitator, on a Chatham House session; expected what was said without who said it: take the name out, or write "the presenter" or "a participant"',
		]);
	});

	it('names the HTML the site would remove at its own line, in recaps and in toolkit and guide pages alike', () => {
		const removes =
			'; expected Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames';
		const guide = (file: string) => [
			`${file}:9: body: found a <script> element${removes}`,
			`${file}:11: body: found an event handler (onerror)${removes}`,
			`${file}:13: body: found a style attribute${removes}`,
			// Written </SCRIPT>: still a script, and the Markdown after it is still read as Markdown.
			`${file}:15: body: found a <script> element${removes}`,
		];
		const recap = 'content/sessions/2026-07-09-hostile-recap.md';
		expect(problemsWith('hostile-html')).toEqual([
			...guide('content/docs/guides/hostile-guide.md'),
			...guide('content/docs/lo/guides/hostile-guide.md'),
			`${recap}:14: body: found a <script> element${removes}`,
			`${recap}:16: body: found an event handler (onerror)${removes}`,
			`${recap}:18: body: found a javascript: address${removes}`,
			`${recap}:20: body: found a javascript: address${removes}`,
			`${recap}:22: body: found a frame from a site that is not a video host${removes}`,
			`${recap}:24: body: found a <svg> element${removes}`,
			`${recap}:26: body: found a style attribute${removes}`,
			`${recap}:30: body: found a <script> element${removes}`,
		]);
	});

	it('refuses an MDX page in the toolkit and guides, since MDX runs code when the site is built', () => {
		expect(problemsWith('mdx-in-docs')).toEqual([
			'content/docs/guides/with-code.mdx:1: file: found an MDX file (MDX can run code when the site is built); expected a Markdown (.md) page: rename it to .md and write components as plain Markdown',
		]);
	});

	it('checks photos: a format the site cannot resize, a missing file, one too large, one without consent', () => {
		const problems = problemsWith('photo-problems', (root) => {
			// A phone photo straight from the camera; made here rather than kept in the repository.
			mkdirSync(join(root, 'content/people/photos'), { recursive: true });
			writeFileSync(join(root, 'content/people/photos/too-large.jpg'), Buffer.alloc(2.5 * 1024 * 1024, 1));
			// A file named as a photo that is something else: the build could not resize it.
			writeFileSync(join(root, 'content/people/photos/not-a-picture.jpg'), '<script>alert(1)</script>');
		});
		expect(problems).toEqual([
			'content/people/photo-format.md:4: photo: found "./photos/portrait.gif", a .gif; expected a JPEG, PNG, WebP or AVIF image (.jpg, .jpeg, .png, .webp, .avif)',
			'content/people/photo-large.md:4: photo: found content/people/photos/too-large.jpg of 2.5 MB; expected an image of at most 2 MB (resize it to about 800 pixels wide)',
			'content/people/photo-missing.md:4: photo: found "./photos/not-there.jpg", but there is no file content/people/photos/not-there.jpg; expected the path of an image beside this file, like ./photos/name.jpg',
			'content/people/photo-unreadable.md:4: photo: found content/people/photos/not-a-picture.jpg, which cannot be read as a picture; expected a JPEG, PNG, WebP or AVIF image (.jpg, .jpeg, .png, .webp, .avif)',
			'content/people/photo-without-consent.md:4: photo: found "./photos/not-there.jpg"; expected no photo unless consent.photo is true; remove the photo or record their consent',
			'content/people/photo-without-consent.md:4: photo: found "./photos/not-there.jpg", but there is no file content/people/photos/not-there.jpg; expected the path of an image beside this file, like ./photos/name.jpg',
		]);
	});

	it('refuses a citation too long for the Volunteer of the Month card', () => {
		expect(problemsWith('citation-too-long')).toEqual([
			'content/awards/2026-11-plp-group.md:5: citation: found "For sharing the board reporting pack with every member or..."; expected at most 240 characters, so it fits on the card',
		]);
	});

	it('refuses a second plan for a series, naming the file that has the first', () => {
		expect(problemsWith('second-plan')).toEqual([
			'content/plans/plp-group.md:2: series: found plp-group, which already has a plan in content/plans/plp-group-2027.md; expected one plan per series: change that plan, or give this one another series',
		]);
	});

	it('reads a text written in each language, and names the language a mistake is in', () => {
		const award = (citation: string) => (root: string) =>
			writeFileSync(
				join(root, 'content/awards/2026-11-plp-group.md'),
				`---\nmonth: 2026-11\nperson: named-presenter\nseries: plp-group\ncitation:\n${citation}\n---\n`,
			);
		expect(problemsWith(undefined, award('  en: Thanks.\n  lo: ຂອບໃຈ.'))).toEqual([]);
		expect(problemsWith(undefined, award('  fr: Merci.'))).toEqual([
			"content/awards/2026-11-plp-group.md:6: citation.fr: found a language the site does not have; expected one of the site's languages: en, lo",
		]);
		expect(problemsWith(undefined, award(`  lo: ${'ກ'.repeat(241)}`))).toEqual([
			`content/awards/2026-11-plp-group.md:6: citation.lo: found "${'ກ'.repeat(57)}..."; expected at most 240 characters, so it fits on the card`,
		]);
		expect(problemsWith(undefined, award('  {}'))).toEqual([
			'content/awards/2026-11-plp-group.md:5: citation: found a group of fields; expected a sentence or two saying why in at least one language (en, lo)',
		]);
	});
});
