/**
 * Every mistake a contributor makes gets one line naming the file, the line,
 * the field, what was found and what was expected. Each fixture in
 * tests/fixtures/mistakes/ is laid over the valid small site.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, prepareSite } from '../../tests/support/site-build.ts';
import { checkContent, formatProblem } from './index.ts';

function problemsWith(mistake?: string): string[] {
	const overlays = mistake ? [join(fixturesDir, 'mistakes', mistake)] : [];
	const site = prepareSite(`check-${mistake ?? 'valid'}`, join(fixturesDir, 'small-site'), overlays, { contentOnly: true });
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

	it('names a missing brief section and the heading that would fix it', () => {
		expect(problemsWith('missing-section')).toEqual([
			'content/briefs/incomplete-brief.md:11: body: found no "Next steps" section; expected a heading "## Next steps" followed by that section',
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
				/^content\/sessions\/2026-05-07-broken\.md:\d+: file: found text that is not valid frontmatter; expected valid YAML/,
			),
		]);
	});
});
