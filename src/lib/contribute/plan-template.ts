/**
 * What the toolkit's PLP plan template (content/docs/toolkit/plp-plan.md)
 * offers a new plan: its goal, its expected outcomes, how often and how long
 * its groups meet. Read from the template itself, so that a network that
 * edits its toolkit offers its own words. Square-bracketed parts are for the
 * group to fill in, so they are never offered.
 */
import { cadences } from '../../schemas/series.ts';

export type PlanDefaults = {
	goal?: string;
	outcomes?: string[];
	frequency?: (typeof cadences)[number];
	meetingMinutes?: number;
};

/** The lines under the heading numbered `n` ("### 1. Our goal"), up to the next heading. */
function section(markdown: string, n: number): string[] {
	const lines = markdown.split('\n');
	const start = lines.findIndex((line) => new RegExp(`^#{2,4}\\s+${n}\\.\\s`).test(line));
	if (start === -1) return [];
	const end = lines.findIndex((line, i) => i > start && /^#{1,4}\s/.test(line));
	return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** A sentence without the places the group fills in: "between CSOs in [area]." reads "between CSOs." */
const withoutBlanks = (text: string) =>
	text
		.replace(/\s+(?:in|of|for|at|on)\s+\[[^\]]*\]/g, '')
		.replace(/\s*\[[^\]]*\]/g, '')
		.replace(/\*\*/g, '')
		.replace(/\s+([.,;:])/g, '$1')
		.trim();

const offered = (text: string) => !text.startsWith('[') && withoutBlanks(text).length > 0;

export function planDefaults(markdown: string): PlanDefaults {
	const defaults: PlanDefaults = {};
	const goal = section(markdown, 1)
		.map((line) => line.trim())
		.find((line) => line && !line.startsWith('-') && offered(line));
	if (goal) defaults.goal = withoutBlanks(goal);
	const outcomes = section(markdown, 2)
		.map((line) => /^\s*[-*]\s+(.*)$/.exec(line)?.[1]?.trim() ?? '')
		.filter(offered)
		.map(withoutBlanks);
	if (outcomes.length) defaults.outcomes = outcomes;
	const meetings = section(markdown, 3).join('\n');
	const often = /how often:?\**:?(.*)/i.exec(meetings)?.[1] ?? '';
	const frequency = cadences.find((cadence) => new RegExp(`\\(${cadence}\\)`).test(often.replace(/\[[^\]]*\]/g, '')));
	if (frequency) defaults.frequency = frequency;
	const long = /how long:?\**:?(.*)/i.exec(meetings)?.[1] ?? '';
	const hours = /(\d+(?:\.\d+)?)\s*hours?/i.exec(long);
	const minutes = /(\d+)\s*min/i.exec(long);
	if (hours) defaults.meetingMinutes = Math.round(Number(hours[1]) * 60);
	else if (minutes) defaults.meetingMinutes = Number(minutes[1]);
	return defaults;
}
