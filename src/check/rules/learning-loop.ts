/**
 * A loop only closes on itself: a check-in reports on a commitment that an
 * earlier session of the same series made, and a progress report on a
 * benchmark (and a step of its roadmap) agreed earlier in the same series.
 * That the session itself exists is the reference rule's job; this one
 * looks inside it.
 */
import { closest } from '../../loader/zod-issues.ts';
import type { Problem } from '../../loader/problem.ts';
import { sessionStart } from '../../lib/session-status.ts';
import type { ContentEntry, ContentIndex } from '../read-content.ts';

type SessionEntry = ContentEntry<'sessions'>;
type Loaded = SessionEntry & { data: NonNullable<SessionEntry['data']> };

const loaded = (entry: SessionEntry | undefined): entry is Loaded => entry?.data !== undefined;

/** "one of …" with a guess first when one id is close to what was written. */
function expectedId(written: string, known: readonly string[], what: string): string {
	const guess = closest(written, known);
	return guess ? `"${guess}" (check the spelling), or another of ${what}: ${known.join(', ')}` : `one of ${what}: ${known.join(', ')}`;
}

/** Where the session pointed at stands against the one that points: same series, earlier. */
function placeProblem(entry: Loaded, target: Loaded, field: string, line: number): Problem | undefined {
	if (target.data.series !== entry.data.series) {
		return {
			file: entry.file,
			line,
			field,
			found: `"${target.id}", a session of another series (${target.data.series})`,
			expected: `a session of this session's series (${entry.data.series})`,
		};
	}
	if (sessionStart(target.data).getTime() >= sessionStart(entry.data).getTime()) {
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

function checkCheckIns(entry: Loaded, index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	entry.data.checkIns.forEach((checkIn, i) => {
		const target = index.get('sessions', checkIn.session);
		if (!loaded(target)) return;
		const sessionField = `checkIns[${i}].session`;
		const place = placeProblem(entry, target, sessionField, entry.lineOf(['checkIns', i, 'session']));
		if (place) problems.push(place);
		const known = target.data.commitments.map((c) => c.id);
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

function checkProgress(entry: Loaded, index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	entry.data.progress.forEach((report, i) => {
		const target = index.get('sessions', report.benchmark);
		if (!loaded(target)) return;
		const line = entry.lineOf(['progress', i, 'benchmark']);
		const benchmark = target.data.benchmark;
		if (benchmark === undefined) {
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
		const known = typeof benchmark === 'string' ? [] : benchmark.roadmap.map((s) => s.id);
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

export function checkLearningLoop(index: ContentIndex): Problem[] {
	return index.entries.sessions.filter(loaded).flatMap((entry) => [...checkCheckIns(entry, index), ...checkProgress(entry, index)]);
}
