/** One plan per series: the series page shows one, and `/series/<id>/plan/` is one page. */
import type { ContentIndex } from '../read-content.ts';
import type { Problem } from '../../loader/problem.ts';

export function checkPlans(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const plan of [...index.entries.plans].sort((a, b) => a.file.localeCompare(b.file))) {
		if (!plan.data) continue;
		const first = seen.get(plan.data.series);
		if (first) problems.push(secondPlanProblem(plan.file, plan.lineOf(['series']), plan.data.series, first));
		else seen.set(plan.data.series, plan.file);
	}
	return problems;
}

/** A plan for a series that has one already (in `first`): said at its `series`, naming both files. */
export function secondPlanProblem(file: string, line: number, series: string, first: string): Problem {
	return {
		file,
		line,
		field: 'series',
		found: `${series}, which already has a plan in ${first}`,
		expected: 'one plan per series: change that plan, or give this one another series',
	};
}
