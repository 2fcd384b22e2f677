/** One Volunteer of the Month per series and month; one plan per series: the second one is named, with the first. */
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../read-content.ts';
import { checkAwards } from './awards.ts';
import { checkPlans } from './plans.ts';

const entry = (file: string, data: Record<string, unknown> | undefined, line = 3) => ({
	file,
	data,
	lineOf: (path: string[]) => (path[0] === 'month' || path[0] === 'series' ? line : 1),
});
const indexOf = (entries: Record<string, unknown[]>) => ({ entries: { awards: [], plans: [], ...entries } }) as unknown as ContentIndex;

describe('the awards rule', () => {
	it('accepts one award per series and month, and skips entries that did not read', () => {
		const index = indexOf({
			awards: [
				entry('content/awards/a.md', { series: 'plp-group', month: '2026-05' }),
				entry('content/awards/b.md', { series: 'plp-group', month: '2026-06' }),
				entry('content/awards/c.md', { series: 'lao-hangouts', month: '2026-05' }),
				entry('content/awards/d.md', undefined),
			],
		});
		expect(checkAwards(index)).toEqual([]);
	});

	it('names the second award of a month in a series, at its month, with the first file', () => {
		const index = indexOf({
			awards: [
				entry('content/awards/a.md', { series: 'plp-group', month: '2026-05' }),
				entry('content/awards/b.md', { series: 'plp-group', month: '2026-05' }, 4),
				entry('content/awards/c.md', { series: 'plp-group', month: '2026-05' }, 5),
			],
		});
		expect(checkAwards(index)).toEqual([
			{
				file: 'content/awards/b.md',
				line: 4,
				field: 'month',
				found: '2026-05, already awarded in plp-group by content/awards/a.md',
				expected: 'one Volunteer of the Month per series and month',
			},
			{
				file: 'content/awards/c.md',
				line: 5,
				field: 'month',
				found: '2026-05, already awarded in plp-group by content/awards/a.md',
				expected: 'one Volunteer of the Month per series and month',
			},
		]);
	});
});

describe('the plans rule', () => {
	it('accepts one plan per series, and skips entries that did not read', () => {
		const index = indexOf({
			plans: [
				entry('content/plans/a.md', { series: 'plp-group' }),
				entry('content/plans/b.md', { series: 'lao-hangouts' }),
				entry('content/plans/c.md', undefined),
			],
		});
		expect(checkPlans(index)).toEqual([]);
	});

	it('names the later file (by name) of two plans for one series, at its series', () => {
		const index = indexOf({
			plans: [entry('content/plans/z.md', { series: 'plp-group' }, 7), entry('content/plans/a.md', { series: 'plp-group' }, 2)],
		});
		expect(checkPlans(index)).toEqual([
			{
				file: 'content/plans/z.md',
				line: 7,
				field: 'series',
				found: 'plp-group, which already has a plan in content/plans/a.md',
				expected: 'one plan per series: change that plan, or give this one another series',
			},
		]);
	});
});
