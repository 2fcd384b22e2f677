/**
 * A loop only closes on itself: a check-in reports on a commitment that an
 * earlier session of the same series made, and a progress report on a
 * benchmark (and a step of its roadmap) agreed earlier in the same series.
 * That the session itself exists is the reference rule's job; this one
 * looks inside it. What it needs of the other sessions is small and public
 * (`LoopTarget`), so the one-file check of `npm run new` and the form can be
 * given it too.
 */
import { closest } from '../../loader/zod-issues.ts';
import type { Path } from '../../loader/frontmatter.ts';
import type { Problem } from '../../loader/problem.ts';
import { sessionStart } from '../../lib/session-status.ts';
import type { Session } from '../../schemas/session.ts';
import type { ContentIndex } from '../read-content.ts';

/** What a report needs to know of the session it points at. */
export type LoopTarget = {
	id: string;
	series: string;
	/** When it starts, in milliseconds. */
	start: number;
	commitments: readonly string[];
	/** Its roadmap's step ids, or `undefined` when it agreed no benchmark. */
	roadmap: readonly string[] | undefined;
};

export function loopTargetOf(id: string, session: Session): LoopTarget {
	const benchmark = session.benchmark;
	return {
		id,
		series: session.series,
		start: sessionStart(session).getTime(),
		commitments: session.commitments.map((c) => c.id),
		roadmap: benchmark === undefined ? undefined : typeof benchmark === 'string' ? [] : benchmark.roadmap.map((s) => s.id),
	};
}

type Reporting = { file: string; data: Session; lineOf: (path: Path) => number };

/** "one of …" with a guess first when one id is close to what was written. */
function expectedId(written: string, known: readonly string[], what: string): string {
	const guess = closest(written, known);
	return guess ? `"${guess}" (check the spelling), or another of ${what}: ${known.join(', ')}` : `one of ${what}: ${known.join(', ')}`;
}

/** Where the session pointed at stands against the one that points: same series, earlier. */
function placeProblem(entry: Reporting, target: LoopTarget, field: string, line: number): Problem | undefined {
	if (target.series !== entry.data.series) {
		return {
			file: entry.file,
			line,
			field,
			found: `"${target.id}", a session of another series (${target.series})`,
			expected: `a session of this session's series (${entry.data.series})`,
		};
	}
	if (target.start >= sessionStart(entry.data).getTime()) {
		return {
			file: entry.file,
			line,
			field,
			found: `"${target.id}", which is not earlier than this session`,
			expected: 'an earlier session: a report comes after the meeting that made the commitment or agreed the benchmark',
		};
	}
	return undefined;
}

function checkInProblems(entry: Reporting, targetOf: (id: string) => LoopTarget | undefined): Problem[] {
	const problems: Problem[] = [];
	entry.data.checkIns.forEach((checkIn, i) => {
		const target = targetOf(checkIn.session);
		if (!target) return;
		const place = placeProblem(entry, target, `checkIns[${i}].session`, entry.lineOf(['checkIns', i, 'session']));
		if (place) problems.push(place);
		const known = target.commitments;
		if (known.includes(checkIn.commitment)) return;
		problems.push({
			file: entry.file,
			line: entry.lineOf(['checkIns', i, 'commitment']),
			field: `checkIns[${i}].commitment`,
			found: `"${checkIn.commitment}", which is not a commitment of ${target.id}`,
			expected: known.length
				? expectedId(checkIn.commitment, known, 'the commitments of that session')
				: 'a session that recorded commitments: that one has none',
		});
	});
	return problems;
}

function progressProblems(entry: Reporting, targetOf: (id: string) => LoopTarget | undefined): Problem[] {
	const problems: Problem[] = [];
	entry.data.progress.forEach((report, i) => {
		const target = targetOf(report.benchmark);
		if (!target) return;
		const line = entry.lineOf(['progress', i, 'benchmark']);
		if (target.roadmap === undefined) {
			problems.push({
				file: entry.file,
				line,
				field: `progress[${i}].benchmark`,
				found: `"${target.id}", a session with no benchmark`,
				expected: 'the id of a Benchmarking Club session that agreed a benchmark',
			});
			return;
		}
		const place = placeProblem(entry, target, `progress[${i}].benchmark`, line);
		if (place) problems.push(place);
		if (report.step === undefined) return;
		const known = target.roadmap;
		if (known.includes(report.step)) return;
		problems.push({
			file: entry.file,
			line: entry.lineOf(['progress', i, 'step']),
			field: `progress[${i}].step`,
			found: `"${report.step}", which is not a step of the roadmap of ${target.id}`,
			expected: known.length
				? expectedId(report.step, known, 'its steps')
				: 'no step (that benchmark has no roadmap), or a roadmap added to it',
		});
	});
	return problems;
}

/** The problems of one session's check-ins and progress reports, given what the sessions they point at recorded. */
export function loopProblems(entry: Reporting, targetOf: (id: string) => LoopTarget | undefined): Problem[] {
	return [...checkInProblems(entry, targetOf), ...progressProblems(entry, targetOf)];
}

/** Every session's targets, for the one-file check: what `npm run new` and the form are given. */
export function loopTargetsIn(index: ContentIndex): LoopTarget[] {
	return index.entries.sessions.flatMap((entry) => (entry.data ? [loopTargetOf(entry.id, entry.data)] : []));
}

export function checkLearningLoop(index: ContentIndex): Problem[] {
	const targets = new Map(loopTargetsIn(index).map((target) => [target.id, target]));
	return index.entries.sessions.flatMap((entry) =>
		entry.data ? loopProblems({ file: entry.file, data: entry.data, lineOf: entry.lineOf }, (id) => targets.get(id)) : [],
	);
}
