import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../schemas/organisation.ts';
import { sessionSchema, type SessionInput } from '../../schemas/session.ts';
import { deriveLearningLoop, isOpen } from './learning-loop.ts';

const session = (id: string, date: string, fields: Partial<SessionInput> = {}) => ({
	id,
	data: sessionSchema.parse({
		series: 'plp',
		title: id,
		date: `${date}T10:00+01:00`,
		lang: 'en',
		format: 'online',
		approach: 'als',
		...fields,
	}),
});

const organisations = new Map(
	[
		['allows', { name: 'Allows Naming', kind: 'cso', nameOnCommitments: true }],
		['counts-only', { name: 'Counts Only', kind: 'cso' }],
	].map(([id, data]) => [id as string, { id: id as string, data: organisationSchema.parse(data) }]),
);

const people = new Map([
	['consenting', { id: 'consenting', data: { name: 'Named Person', organisation: 'allows', consent: { name: true, photo: false } } }],
	['private', { id: 'private', data: { name: 'Private Person', organisation: 'allows', consent: { name: false, photo: false } } }],
]);

const loopOf = (...sessions: ReturnType<typeof session>[]) => deriveLearningLoop({ sessions, organisations, people });

describe('commitments followed across sessions', () => {
	const made = session('2026-02-12-als', '2026-02-12', {
		commitments: [
			{ id: 'a', text: 'First.' },
			{ id: 'b', text: 'Second.' },
			{ id: 'c', text: 'Third.', due: '2026-06' },
		],
	});
	const first = session('2026-04-16-next', '2026-04-16', {
		checkIns: [
			{ session: '2026-02-12-als', commitment: 'a', status: 'in-progress' },
			{ session: '2026-02-12-als', commitment: 'b', status: 'dropped', note: 'No budget.' },
		],
	});
	const second = session('2026-06-18-later', '2026-06-18', {
		checkIns: [{ session: '2026-02-12-als', commitment: 'a', status: 'done' }],
	});

	it('stands as its latest check-in says, open before any, whatever order the files come in', () => {
		const loop = loopOf(second, made, first);
		const status = (id: string) => loop.commitment('2026-02-12-als', id)?.status;
		expect([status('a'), status('b'), status('c')]).toEqual(['done', 'dropped', 'open']);
		expect(loop.commitment('2026-02-12-als', 'a')?.checkIns.map((c) => c.session.id)).toEqual(['2026-04-16-next', '2026-06-18-later']);
	});

	it('counts in-progress as still open, and done, changed and dropped as closed', () => {
		expect(['open', 'in-progress', 'done', 'changed', 'dropped'].map((s) => isOpen(s as never))).toEqual([true, true, false, false, false]);
	});

	it('lists check-ins by the session that made them, and commitments by session and series', () => {
		const loop = loopOf(made, first, second);
		expect(loop.checkInsBySession.get('2026-04-16-next')?.map((c) => c.record.commitment.id)).toEqual(['a', 'b']);
		expect(loop.commitmentsBySession.get('2026-02-12-als')).toHaveLength(3);
		expect(loop.commitmentsBySeries.get('plp')).toHaveLength(3);
	});

	it('ignores a check-in on a commitment that does not exist (the checker reports it)', () => {
		const stray = session('2026-08-20-stray', '2026-08-20', {
			checkIns: [{ session: '2026-02-12-als', commitment: 'nope', status: 'done' }],
		});
		const loop = loopOf(made, stray);
		expect(loop.checkInsBySession.get('2026-08-20-stray')).toBeUndefined();
		expect(loop.commitments.every((c) => c.status === 'open')).toBe(true);
	});
});

describe('who a commitment may name', () => {
	const open = session('2026-03-01-open', '2026-03-01', {
		commitments: [
			{ id: 'allowed', text: 'x', organisation: 'allows' },
			{ id: 'counted', text: 'x', organisation: 'counts-only' },
			{ id: 'by-person', text: 'x', person: 'consenting' },
			{ id: 'by-private-person', text: 'x', person: 'private' },
			{ id: 'nobody', text: 'x' },
		],
	});
	const chatham = session('2026-03-02-chatham', '2026-03-02', {
		confidentiality: 'chatham-house',
		commitments: [{ id: 'unattributed', text: 'x' }],
		approach: 'bmc',
		benchmark: { text: 'A standard.', roadmap: [] },
	});
	const loop = loopOf(open, chatham);
	const record = (s: string, id: string) => loop.commitment(s, id)!;

	it('names an organisation only when it allows it and the session is open', () => {
		expect(record('2026-03-01-open', 'allowed')).toMatchObject({ organisation: 'allows', named: true });
		expect(record('2026-03-01-open', 'counted')).toMatchObject({ organisation: 'counts-only', named: false });
		expect(record('2026-03-01-open', 'nobody')).toMatchObject({ organisation: undefined, named: false });
	});

	it('counts a person’s commitment for their organisation, and names it only with their consent too', () => {
		expect(record('2026-03-01-open', 'by-person')).toMatchObject({ organisation: 'allows', named: true });
		expect(record('2026-03-01-open', 'by-private-person')).toMatchObject({ organisation: 'allows', named: false });
	});

	it('never counts a Chatham House commitment or benchmark for anybody', () => {
		expect(record('2026-03-02-chatham', 'unattributed')).toMatchObject({ organisation: undefined, named: false });
		expect(loop.benchmark('2026-03-02-chatham')).toMatchObject({ organisation: undefined, named: false });
		expect([...loop.commitmentsByOrganisation.values()].flat().map((c) => c.key)).not.toContain('2026-03-02-chatham/unattributed');
		expect(loop.commitmentsByOrganisation.get('allows')?.map((c) => c.commitment.id)).toEqual([
			'allowed',
			'by-person',
			'by-private-person',
		]);
	});
});

describe('a benchmark and its roadmap', () => {
	const agreed = session('2026-04-16-bmc', '2026-04-16', {
		approach: 'bmc',
		benchmark: {
			text: 'Accounts within ten days.',
			baseline: 'Six weeks.',
			organisation: 'counts-only',
			roadmap: [
				{ id: 'summary', step: 'A summary.' },
				{ id: 'close', step: 'Close faster.' },
			],
		},
	});
	const report = (id: string, date: string, progress: SessionInput['progress']) => session(id, date, { approach: 'bmc', progress });

	it('keeps each step’s reports and status, and is not reached while a step is open', () => {
		const loop = loopOf(agreed, report('2026-06-18-r1', '2026-06-18', [{ benchmark: '2026-04-16-bmc', step: 'summary', status: 'done' }]));
		const record = loop.benchmark('2026-04-16-bmc')!;
		expect(record.roadmap.map((s) => s.status)).toEqual(['done', 'open']);
		expect(record).toMatchObject({ baseline: 'Six weeks.', organisation: 'counts-only', named: false, reached: false });
		expect(record.reachedAt).toBeUndefined();
		expect(loop.benchmarksByOrganisation.get('counts-only')).toHaveLength(1);
	});

	it('is reached when every step is done, at the session that finished the last one', () => {
		const loop = loopOf(
			agreed,
			report('2026-06-18-r1', '2026-06-18', [{ benchmark: '2026-04-16-bmc', step: 'summary', status: 'done' }]),
			report('2026-08-20-r2', '2026-08-20', [{ benchmark: '2026-04-16-bmc', step: 'close', status: 'done' }]),
			report('2026-10-15-r3', '2026-10-15', [{ benchmark: '2026-04-16-bmc', step: 'close', status: 'changed' }]),
		);
		const record = loop.benchmark('2026-04-16-bmc')!;
		expect(record.reached).toBe(true);
		expect(record.reachedAt?.id).toBe('2026-08-20-r2');
		expect(record.reports.map((r) => r.session.id)).toEqual(['2026-06-18-r1', '2026-08-20-r2', '2026-10-15-r3']);
		expect(record.roadmap.map((s) => s.status)).toEqual(['done', 'changed']);
		expect(loop.progressBySession.get('2026-08-20-r2')?.map((p) => p.report.step)).toEqual(['close']);
	});

	it('is reached when reported done as a whole, even with steps open; a sentence benchmark has no roadmap', () => {
		const sentence = session('2026-05-01-sentence', '2026-05-01', { approach: 'bmc', benchmark: 'A sentence.' });
		const loop = loopOf(
			agreed,
			sentence,
			report('2026-06-18-r1', '2026-06-18', [
				{ benchmark: '2026-04-16-bmc', status: 'done' },
				{ benchmark: '2026-05-01-sentence', status: 'in-progress' },
			]),
		);
		expect(loop.benchmark('2026-04-16-bmc')).toMatchObject({ reached: true });
		expect(loop.benchmark('2026-05-01-sentence')).toMatchObject({ text: 'A sentence.', roadmap: [], reached: false, baseline: undefined });
		expect(loop.benchmarksBySeries.get('plp')?.map((b) => b.id)).toEqual(['2026-04-16-bmc', '2026-05-01-sentence']);
	});
});
