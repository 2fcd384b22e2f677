import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDefaults } from './plan-template.ts';

describe('the defaults a new plan is offered', () => {
	it('are the toolkit template’s goal, outcomes, frequency and length, without the blanks a group fills in', () => {
		const template = readFileSync(new URL('../../../content/docs/toolkit/plp-plan.md', import.meta.url), 'utf-8');
		expect(planDefaults(template)).toEqual({
			goal: 'To build the capacity of our member CSOs, so that their development work lasts.',
			outcomes: [
				'Stronger collaboration between CSOs.',
				'Member CSOs that work more efficiently and effectively.',
				'Professional development for the staff and volunteers of member CSOs.',
			],
			frequency: 'bi-monthly',
			meetingMinutes: 120,
		});
	});

	it('offers only what a template has', () => {
		expect(planDefaults('# A plan\n\nNothing numbered here.')).toEqual({});
		expect(planDefaults('### 1. Goal\n\n[write it]\n\n### 3. Meetings\n\n- **How often:** (monthly)\n- **How long:** 90 minutes')).toEqual({
			frequency: 'monthly',
			meetingMinutes: 90,
		});
	});
});
