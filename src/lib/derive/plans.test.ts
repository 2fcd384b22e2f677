import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import { isAhead, nextTurns, plansBySeries, todayIn } from './plans.ts';

const plan = (fields: Partial<Record<keyof Plan, unknown>> = {}): Plan =>
	planSchema.parse({ series: 's', goal: 'A goal.', outcomes: ['One.'], frequency: 'monthly', ...fields });

describe('a series’ plan', () => {
	it('is the first published plan of the series; drafts are left out', () => {
		const plans = [
			{ id: 'b', data: plan({ series: 'one' }) },
			{ id: 'a', data: plan({ series: 'one', draft: true }) },
			{ id: 'c', data: plan({ series: 'two' }) },
			{ id: 'd', data: plan({ series: 'two' }) },
		];
		const bySeries = plansBySeries(plans);
		expect(bySeries.get('one')?.id).toBe('b');
		expect(bySeries.get('two')?.id).toBe('c');
		expect(bySeries.size).toBe(2);
	});

	it('shows the turns of the rota still to come, soonest first, a month counting until it is over', () => {
		const rota = [
			{ when: '2026-08', host: 'h' },
			{ when: '2026-02' },
			{ when: '2026-04-10', facilitator: 'f' },
			{ when: '2026-06' },
			{ when: '2026-10' },
		];
		const p = plan({ rota });
		expect(nextTurns(p, '2026-04-10').map((t) => t.when)).toEqual(['2026-04-10', '2026-06', '2026-08']);
		expect(nextTurns(p, '2026-04-11').map((t) => t.when)).toEqual(['2026-06', '2026-08', '2026-10']);
		expect(nextTurns(p, '2026-04-11', 1).map((t) => t.when)).toEqual(['2026-06']);
		expect(nextTurns(p, '2027-01-01')).toEqual([]);
		expect(isAhead('2026', '2026-12-31')).toBe(true);
		expect(isAhead('2025', '2026-01-01')).toBe(false);
	});

	it('reads "today" in the series’ zone', () => {
		const now = new Date('2026-03-31T20:00:00Z');
		expect(todayIn(now, 'Asia/Vientiane')).toBe('2026-04-01');
		expect(todayIn(now, 'Africa/Lagos')).toBe('2026-03-31');
	});
});
