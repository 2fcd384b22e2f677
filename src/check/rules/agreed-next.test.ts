/**
 * The warning for a meeting a recap agreed that has passed with no file:
 * said once, at the recap's `next.date`, only after the day has passed in
 * the series' own zone, and never once the meeting's file exists.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { formatProblem } from '../../loader/problem.ts';
import { readContent } from '../read-content.ts';
import { warnAgreedNext } from './agreed-next.ts';

const recap = (day: string, next: string, extra = '') =>
	`---\nseries: plp-group\ntitle: A recap\ndate: ${day}T10:00+01:00\nlang: en\nformat: online\napproach: als\nthemes: [nutrition]\nnext:\n  date: ${next}\n${extra}sample: true\n---\n`;

function warnings(name: string, files: Record<string, string>, now: string): string[] {
	const site = smallSiteWith(`agreed-next-${name}`, files);
	return warnAgreedNext(readContent(site.root, []), new Date(now)).map(formatProblem);
}

const passed = (file: string, found: string, day: string) =>
	`${file}:10: next.date: found ${found}, a day that has passed with no session file of plp-group for it; expected that meeting's file (content/sessions/${day}-<topic>.md), or the date it moved to in next.date`;

describe('a meeting a recap agreed', () => {
	const file = 'content/sessions/2027-01-07-agreed.md';

	it('is not mentioned before its day has passed in the series’ zone (Lagos, an hour ahead of UTC)', () => {
		const files = { [file]: recap('2027-01-07', '2027-03-04') };
		expect(warnings('ahead', files, '2027-03-04T12:00:00Z')).toEqual([]);
		expect(warnings('just-passed', files, '2027-03-04T23:30:00Z')).toEqual([passed(file, '"2027-03-04"', '2027-03-04')]);
	});

	it('with a time is placed on the day that time falls on in the series’ zone', () => {
		const files = { [file]: recap('2027-01-07', '2027-03-04T23:30+00:00') };
		expect(warnings('timed', files, '2027-03-06T00:00:00Z')).toEqual([passed(file, '"2027-03-04T23:30+00:00"', '2027-03-05')]);
	});

	it('is not mentioned once a session file of the series exists for that day, or when a later recap agreed another', () => {
		const held = { [file]: recap('2027-01-07', '2027-03-04'), 'content/sessions/2027-03-04-held.md': recap('2027-03-04', '2027-05-06') };
		expect(warnings('held', held, '2027-03-10T00:00:00Z')).toEqual([]);
		expect(warnings('held-then-passed', held, '2027-05-10T00:00:00Z')).toEqual([
			passed('content/sessions/2027-03-04-held.md', '"2027-05-06"', '2027-05-06'),
		]);
	});

	it('is placed in UTC when its series has no file, or a file the check refuses (the checker says so elsewhere)', () => {
		const ghost = { [file]: recap('2027-01-07', '2027-03-04').replace('series: plp-group', 'series: no-such-series') };
		// 23:30 UTC is already the next day in Lagos, but not in UTC.
		expect(warnings('no-series', ghost, '2027-03-04T23:30:00Z')).toEqual([]);
		expect(warnings('no-series-passed', ghost, '2027-03-05T00:30:00Z')).toEqual([
			passed(file, '"2027-03-04"', '2027-03-04').replace('of plp-group', 'of no-such-series'),
		]);
		const refused = {
			[file]: recap('2027-01-07', '2027-03-04'),
			'content/series/plp-group.md': '---\nname: PLP group\ncadence: sometimes\n---\n',
		};
		expect(warnings('refused-series', refused, '2027-03-04T23:30:00Z')).toEqual([]);
	});

	it('is not mentioned when the recap that agreed it is a draft', () => {
		expect(warnings('draft', { [file]: recap('2027-01-07', '2027-03-04', 'draft: true\n') }, '2027-04-01T00:00:00Z')).toEqual([]);
	});
});
