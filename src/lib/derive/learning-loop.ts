/**
 * The learning loop followed across sessions: each commitment with the
 * check-ins that reported on it, each benchmark with its roadmap and the
 * progress reports on it. Who may be named is decided here, once, so every
 * page, card, feed and search entry shows the same thing.
 */
import type { Organisation } from '../../schemas/organisation.ts';
import type { Person } from '../../schemas/person.ts';
import type { Session } from '../../schemas/session.ts';
import type { CheckIn, Commitment, ProgressReport, ProgressStatus, RoadmapStep } from '../../schemas/learning-loop.ts';
import { sessionStart } from '../session-status.ts';

type Entry<T> = { id: string; data: T };

/** Where a commitment or a step stands: as its latest report says, or `open` before any report. */
export type LoopStatus = 'open' | ProgressStatus;

export type Reported<R> = { session: Entry<Session>; report: R };

export type CommitmentRecord = {
	/** `<session id>/<commitment id>`, unique across the site. */
	key: string;
	session: Entry<Session>;
	commitment: Commitment;
	checkIns: Reported<CheckIn>[];
	status: LoopStatus;
	/** The organisation it is counted for: its own, or its person's. Never set on a Chatham House session. */
	organisation?: string;
	/** Whether pages may say who committed (the session is open and the organisation allows it). */
	named: boolean;
};

export type StepRecord = { step: RoadmapStep; reports: Reported<ProgressReport>[]; status: LoopStatus };

export type BenchmarkRecord = {
	/** The id of the session where it was agreed; its page is `/benchmarks/<id>/`. */
	id: string;
	session: Entry<Session>;
	text: string;
	baseline?: string;
	organisation?: string;
	named: boolean;
	roadmap: StepRecord[];
	/** Every report on it, step or whole, oldest first. */
	reports: Reported<ProgressReport>[];
	/** Reached: reported done as a whole, or every step of its roadmap done. */
	reached: boolean;
	/** The session where it was first seen reached, if it was. */
	reachedAt?: Entry<Session>;
};

type LoopInput<S extends Entry<Session>> = {
	sessions: readonly S[];
	organisations: ReadonlyMap<string, Entry<Organisation>>;
	people: ReadonlyMap<string, Entry<Pick<Person, 'organisation' | 'consent' | 'name'>>>;
};

const byStart = (a: Entry<Session>, b: Entry<Session>) =>
	sessionStart(a.data).getTime() - sessionStart(b.data).getTime() || a.id.localeCompare(b.id);

const latest = <R extends { status: ProgressStatus }>(reports: Reported<R>[]): LoopStatus =>
	reports.length ? reports[reports.length - 1]!.report.status : 'open';

/** Still to be done: not reported, or reported in progress. */
export const isOpen = (status: LoopStatus) => status === 'open' || status === 'in-progress';

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function deriveLearningLoop<S extends Entry<Session>>({ sessions, organisations, people }: LoopInput<S>) {
	const ordered = [...sessions].sort(byStart);
	const allows = (organisation: string | undefined) =>
		organisation !== undefined && organisations.get(organisation)?.data.nameOnCommitments === true;

	const commitments = new Map<string, CommitmentRecord>();
	const benchmarks = new Map<string, BenchmarkRecord>();
	for (const session of ordered) {
		const open = session.data.confidentiality === 'open';
		for (const commitment of session.data.commitments) {
			const person = commitment.person ? people.get(commitment.person) : undefined;
			const organisation = open ? (commitment.organisation ?? person?.data.organisation) : undefined;
			const personMayShow = commitment.person === undefined || person?.data.consent.name === true;
			commitments.set(`${session.id}/${commitment.id}`, {
				key: `${session.id}/${commitment.id}`,
				session,
				commitment,
				checkIns: [],
				status: 'open',
				organisation,
				named: open && allows(organisation) && personMayShow,
			});
		}
		const benchmark = session.data.benchmark;
		if (benchmark !== undefined) {
			const detail = typeof benchmark === 'string' ? { text: benchmark, roadmap: [] } : benchmark;
			const organisation = open ? detail.organisation : undefined;
			benchmarks.set(session.id, {
				id: session.id,
				session,
				text: detail.text,
				baseline: 'baseline' in detail ? detail.baseline : undefined,
				organisation,
				named: open && allows(organisation),
				roadmap: detail.roadmap.map((step) => ({ step, reports: [], status: 'open' })),
				reports: [],
				reached: false,
			});
		}
	}

	const checkInsBySession = new Map<string, { record: CommitmentRecord; checkIn: CheckIn }[]>();
	const progressBySession = new Map<string, { record: BenchmarkRecord; report: ProgressReport }[]>();
	for (const session of ordered) {
		for (const checkIn of session.data.checkIns) {
			const record = commitments.get(`${checkIn.session}/${checkIn.commitment}`);
			if (!record) continue;
			record.checkIns.push({ session, report: checkIn });
			push(checkInsBySession, session.id, { record, checkIn });
		}
		for (const report of session.data.progress) {
			const record = benchmarks.get(report.benchmark);
			if (!record) continue;
			record.reports.push({ session, report });
			record.roadmap.find((s) => s.step.id === report.step)?.reports.push({ session, report });
			push(progressBySession, session.id, { record, report });
			if (!record.reached) {
				for (const step of record.roadmap) step.status = latest(step.reports);
				const wholeDone = report.step === undefined && report.status === 'done';
				const everyStepDone = record.roadmap.length > 0 && record.roadmap.every((s) => s.status === 'done');
				if (wholeDone || everyStepDone) {
					record.reached = true;
					record.reachedAt = session;
				}
			}
		}
	}
	for (const record of commitments.values()) record.status = latest(record.checkIns);
	for (const record of benchmarks.values()) for (const step of record.roadmap) step.status = latest(step.reports);

	const commitmentsBySession = new Map<string, CommitmentRecord[]>();
	const commitmentsBySeries = new Map<string, CommitmentRecord[]>();
	const commitmentsByOrganisation = new Map<string, CommitmentRecord[]>();
	for (const record of commitments.values()) {
		push(commitmentsBySession, record.session.id, record);
		push(commitmentsBySeries, record.session.data.series, record);
		if (record.organisation) push(commitmentsByOrganisation, record.organisation, record);
	}
	const benchmarksBySeries = new Map<string, BenchmarkRecord[]>();
	const benchmarksByOrganisation = new Map<string, BenchmarkRecord[]>();
	for (const record of benchmarks.values()) {
		push(benchmarksBySeries, record.session.data.series, record);
		if (record.organisation) push(benchmarksByOrganisation, record.organisation, record);
	}

	return {
		commitments: [...commitments.values()],
		benchmarks: [...benchmarks.values()],
		commitment: (sessionId: string, commitmentId: string) => commitments.get(`${sessionId}/${commitmentId}`),
		benchmark: (id: string) => benchmarks.get(id),
		commitmentsBySession,
		commitmentsBySeries,
		commitmentsByOrganisation,
		checkInsBySession,
		benchmarksBySeries,
		benchmarksByOrganisation,
		progressBySession,
	};
}

export type LearningLoop = ReturnType<typeof deriveLearningLoop>;
