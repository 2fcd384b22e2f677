/**
 * `npm run new`, run as a contributor would: the file it writes passes
 * `npm run check` and its page is in the built site; mistakes are refused
 * with the checker's own messages; nothing is overwritten.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { buildSite, fixturesDir, prepareSite, projectRoot, runScript, testNow, type SiteCopy } from '../support/site-build.ts';

let site: SiteCopy;

const runNew = (args: string[], input?: string) => {
	const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
		cwd: site.root,
		encoding: 'utf-8',
		input,
		env: { ...process.env, ...(input === undefined ? {} : { PLH_INTERACTIVE: '1' }) },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/**
 * The command with a person at its terminal: answers are written one at a
 * time, each once its question is on the screen, and the process can be
 * interrupted as Ctrl-C does (the signal goes to its whole process group).
 */
const startNew = (args: string[]) => {
	const child = spawn('npm', ['run', '--silent', 'new', '--', ...args], {
		cwd: site.root,
		env: { ...process.env, PLH_INTERACTIVE: '1' },
		detached: true,
	});
	let stdout = '';
	let stderr = '';
	// Output already waited for is passed: each wait is for the next time a text is printed.
	let read = 0;
	let waiting: { text: string; resolve: () => void } | undefined;
	const arrived = () => {
		const at = waiting ? stdout.indexOf(waiting.text, read) : -1;
		if (!waiting || at === -1) return;
		read = at + waiting.text.length;
		const { resolve } = waiting;
		waiting = undefined;
		resolve();
	};
	child.stdout.setEncoding('utf-8').on('data', (chunk: string) => {
		stdout += chunk;
		arrived();
	});
	child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
	return {
		/** Resolves once `text` is printed after what was waited for before. */
		prompted: (text: string) =>
			new Promise<void>((resolve) => {
				waiting = { text, resolve };
				arrived();
			}),
		answer: (line: string) => child.stdin.write(`${line}\n`),
		interrupt: () => process.kill(-child.pid!, 'SIGINT'),
		exit: async () => ({ status: await exited, stdout, stderr }),
	};
};

beforeAll(() => {
	site = prepareSite('cli-new', join(fixturesDir, 'small-site'));
});

describe('npm run new', () => {
	it('writes a session from flags, which passes the check and is built into the site', () => {
		const run = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2026-12-10T10:00+01:00',
			'--title',
			'Budget clinic for small CSOs',
			'--lang',
			'en',
			'--format',
			'online',
			'--approach',
			'als',
			'--presenters',
			'named-presenter',
			'--themes',
			'fundraising,nutrition',
			'--sample',
			'--yes',
		]);
		expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(run.stdout.trim()).toBe('content/sessions/2026-12-10-budget-clinic-for-small-csos.md');
		expect(readFileSync(join(site.root, run.stdout.trim()), 'utf-8')).toContain('themes:\n  - fundraising\n  - nutrition');

		// Series, date, title, summary, language (the series' Lao), then the English title and summary, ...
		const answers = [
			'1',
			'2026-12-18T14:00[Asia/Vientiane]',
			'ການລະດົມທຶນ',
			'',
			'',
			'Raising funds',
			'',
			'1',
			'1',
			'',
			'',
			'',
			'',
			'1',
			'',
			'',
			// No commitments, check-ins or progress reports: an empty first answer ends each list.
			'',
			'',
			'',
			// What was learnt, one point a line, until an empty line; then the recap, until a dot alone.
			'ທຸລະກິດທ້ອງຖິ່ນຢາກເຫັນຜົນງານ.',
			'ຂອບໃຈຜູ້ໃຫ້ທຶນທຸກຄັ້ງ.',
			'',
			'ພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການ.',
			'',
			'ທຸກຄົນເຫັນດີ.',
			'.',
		].join('\n');
		const asked = runNew(['session', '--slug', 'fundraising-in-lao'], `${answers}\n`);
		expect(asked.status).toBe(0);
		// Piped answers are not echoed: the recap's prompts run on one line before the path written.
		expect(asked.stdout.trim().split('\n').at(-1)).toMatch(/^(> )+content\/sessions\/2026-12-18-fundraising-in-lao\.md$/);
		const written = readFileSync(join(site.root, 'content/sessions/2026-12-18-fundraising-in-lao.md'), 'utf-8');
		expect(written).toContain('series: lao-hangouts');
		expect(written).toContain('lang: lo'); // offered from the series
		expect(written).toMatch(/takeaways:\n {2}- ທຸລະກິດທ້ອງຖິ່ນຢາກເຫັນຜົນງານ\.\n {2}- ຂອບໃຈຜູ້ໃຫ້ທຶນທຸກຄັ້ງ\.\n/);
		expect(written).toMatch(/---\n\nພວກເຮົາໄດ້ແລກປ່ຽນປະສົບການ\.\n\nທຸກຄົນເຫັນດີ\.\n$/);
		// Asked for an English title, as the session is in Lao, and never for a Lao one.
		expect(written).toContain('translated:\n  en:\n    title: Raising funds');
		expect(asked.stdout).not.toMatch(/translated\.lo/);

		expect(runScript(site, 'check').status).toBe(0);
		buildSite(site, { PLH_NOW: testNow, PLH_SKIP_CARDS: '1' });
		const page = readFileSync(join(site.dist, 'sessions/2026-12-10-budget-clinic-for-small-csos/index.html'), 'utf-8');
		expect(page).toContain('Budget clinic for small CSOs');
		expect(existsSync(join(site.dist, 'lo/sessions/2026-12-18-fundraising-in-lao/index.html'))).toBe(true);
		// Built with the share cards skipped: none drawn, no request left in the page.
		expect(existsSync(join(site.dist, 'cards'))).toBe(false);
		expect(page).not.toContain('data-plh-cards');
		// It builds the site: minutes on a loaded two-core machine.
	}, 600_000);

	it('refuses mistakes with the checker’s one-line messages, and writes nothing', () => {
		const run = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2026-12-11T10:00',
			'--title',
			'No zone',
			'--lang',
			'en',
			'--format',
			'zoom',
			'--approach',
			'als',
			'--yes',
		]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'content/sessions/2026-12-11-no-zone.md:3: date: found "2026-12-11T10:00"; expected a date and time with a UTC offset or a time zone',
		);
		expect(run.stderr).toContain(
			'content/sessions/2026-12-11-no-zone.md:6: format: found "zoom"; expected one of online, in-person, hybrid',
		);
		expect(existsSync(join(site.root, 'content/sessions/2026-12-11-no-zone.md'))).toBe(false);

		const unknown = runNew([
			'award',
			'--month',
			'2026-11',
			'--series',
			'lao-hangouts',
			'--person',
			'nobody',
			'--citation',
			'For everything.',
			'--yes',
		]);
		expect(unknown.stderr).toMatch(
			/content\/awards\/2026-11-lao-hangouts\.md:\d+: person: found "nobody", which is not in content\/people\//,
		);

		const flag = runNew(['session', '--colour', 'blue']);
		expect(flag.status).toBe(2);
		expect(flag.stderr).toMatch(/Unknown option '--colour'[\s\S]*Usage: npm run new/);
		expect(flag.stderr).not.toMatch(/\n\s+at /);
	});

	it('takes a session’s language, format and approach from its series when they are not given', () => {
		const run = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2027-01-14T10:00+01:00',
			'--title',
			'Peer review of budgets',
			'--yes',
		]);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('approach: als (as in the series');
		const written = readFileSync(join(site.root, run.stdout.trim()), 'utf-8');
		// plp-group is held in English; its latest session, the one the first test wrote, was an online Action Learning Set.
		expect(written).toMatch(/^lang: en$/m);
		expect(written).toMatch(/^format: online$/m);
		expect(written).toMatch(/^approach: als$/m);
		expect(runScript(site, 'check').status).toBe(0);
	});

	it('never overwrites an entry', () => {
		const args = ['organisation', '--name', 'Member CSO', '--kind', 'cso', '--yes'];
		const run = runNew(args);
		expect(run.status).toBe(1);
		// The check's own rule: an id is used once.
		expect(run.stderr).toContain(
			'content/organisations/member-cso.md:1: file: found the id "member-cso", also used by content/organisations/member-cso.md',
		);
		expect(run.stderr).toContain('Nothing was written.');
	});

	it('checks each answer when it is given, and asks again, in the check’s words and the reader’s language', () => {
		const asked = runNew(['award'], ['2026-11', 'lao-hangouts', 'nobody', 'named-presenter', 'For teaching us to budget.', ''].join('\n'));
		expect(asked.stdout).toMatch(
			/^> {3}person: found "nobody", which is not in content\/people\/; expected the id of one of the people: /m,
		);
		expect(asked.stdout.match(/^(> )?person: /gm)).toHaveLength(2);
		expect(asked.status).toBe(0);
		expect(asked.stdout.trim().split('\n').at(-1)).toBe('> content/awards/2026-11-lao-hangouts.md');
		expect(readFileSync(join(site.root, 'content/awards/2026-11-lao-hangouts.md'), 'utf-8')).toContain('person: named-presenter');

		const inLao = spawnSync('npm', ['run', '--silent', 'new', '--', 'award'], {
			cwd: site.root,
			encoding: 'utf-8',
			input: ['2026-13', ''].join('\n'),
			env: { ...process.env, PLH_INTERACTIVE: '1', PLH_LANG: 'lo' },
		});
		expect(inLao.stdout).toContain('  month: ພົບ "2026-13"; ຄວນເປັນ ');
		// The tool's own words too: the end of the input, in Lao.
		expect(inLao.stderr).toContain('ການປ້ອນຂໍ້ມູນສິ້ນສຸດລົງ ກ່ອນຈະຕອບທຸກຄຳຖາມ.');
	});

	it('keeps the answers of a person who stops part way, and offers them next time', () => {
		const savedFile = join(site.root, '.new-award-answers.json');
		const stopped = runNew(['award'], ['2026-12', 'lao-hangouts'].join('\n'));
		expect(stopped.status).toBe(1);
		expect(stopped.stderr).toContain('Your answers so far are kept in .new-award-answers.json');
		expect(JSON.parse(readFileSync(savedFile, 'utf-8'))).toEqual({ answers: { month: '2026-12', series: 'lao-hangouts' } });

		// Enter keeps each kept answer.
		const resumed = runNew(['award'], ['', '', 'named-presenter', 'For the December hangout.', ''].join('\n'));
		expect(resumed.stdout).toContain('Going on from the answers kept in .new-award-answers.json (--fresh starts again)');
		expect(resumed.stdout).toContain('month: a month written as 2026-10 [2026-12]');
		expect(resumed.status).toBe(0);
		expect(resumed.stdout.trim().split('\n').at(-1)).toBe('> content/awards/2026-12-lao-hangouts.md');
		expect(existsSync(savedFile)).toBe(false);
		expect(runScript(site, 'check').status).toBe(0);
	});

	it('reports every wrong flag at once', () => {
		const run = runNew([
			'session',
			'--series',
			'plp-grup',
			'--date',
			'2026-12-11T10:00',
			'--format',
			'zoom',
			'--title',
			'Two mistakes',
			'--body-file',
			'no-such-recap.md',
			'--yes',
		]);
		expect(run.status).toBe(1);
		const lines = run.stderr.split('\n').filter((line) => line.startsWith('content/'));
		expect(lines.map((line) => line.split(': ')[1])).toEqual(expect.arrayContaining(['series', 'date', 'format']));
		expect(run.stderr).toContain('series: found "plp-grup", which is not in content/series/');
		expect(run.stderr).toContain('date: found "2026-12-11T10:00"; expected a date and time with a UTC offset or a time zone');
		expect(run.stderr).toContain('--body-file: found "no-such-recap.md", a file that cannot be read; expected the path of the recap');
		expect(run.stderr).toContain('Nothing was written. Fix these and run the command again.');
		expect(existsSync(join(site.root, 'content/sessions/2026-12-11-two-mistakes.md'))).toBe(false);

		const unknown = runNew(['session', '--colour', 'blue', '--titel', 'x', '--yes']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain("Unknown option '--colour'");
		expect(unknown.stderr).toContain("Unknown option '--titel': did you mean --title?");
	});
	it('refuses a presenter who is not in content/people/ and asks again; the takeaways and recap it is given are written and pass the check', async () => {
		const run = startNew(['session']);
		const answer = async (prompt: string, line: string) => {
			await run.prompted(prompt);
			run.answer(line);
		};
		await answer('series:', 'plp-group');
		await answer('date:', '2027-02-11T10:00+01:00');
		await answer('title:', 'Reading a budget together');
		await answer('summary:', '');
		await answer('lang:', 'en');
		await answer('translated.lo.title:', '');
		await answer('translated.lo.summary:', '');
		await answer('format:', 'online');
		await answer('approach:', 'als');
		await answer('durationMinutes:', '');
		await answer('presenters:', 'nobody');
		await run.prompted('  presenters[0]: found "nobody", which is not in content/people/; expected the id of one of the people: ');
		await answer('presenters:', 'named-presenter');
		for (const prompt of [
			'facilitator:',
			'host:',
			'themes:',
			'attendance:',
			'confidentiality:',
			'commitments:',
			'checkIns:',
			'progress:',
		]) {
			await answer(prompt, '');
		}
		// A point too long for a takeaway is refused on its own; the points before and after it stay.
		await answer('takeaways: what was learnt, one point per line; an empty line ends', 'Read the budget line by line.');
		await answer('> ', 'x'.repeat(5001));
		await answer('expected at most 5000 characters', 'Ask who approved each line.');
		await answer('> ', '');
		// A recap the site would strip is refused, and asked again.
		await answer(
			'recap: what was said and done, in Markdown; a line with only a dot (.) ends',
			'We read <script>alert(1)</script> together.',
		);
		await answer('> ', '.');
		await answer('  body: found a <script> element; expected Markdown and plain HTML only', 'We read the budget together.');
		await answer('> ', '');
		await answer('> ', 'Everyone found one line to ask about.');
		await answer('> ', '.');
		const done = await run.exit();
		expect(done.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(done.status).toBe(0);
		expect(done.stdout.match(/^(> )?presenters: /gm)).toHaveLength(2);
		expect(done.stdout.trim().split('\n').at(-1)).toMatch(/content\/sessions\/2027-02-11-reading-a-budget-together\.md$/);
		const written = readFileSync(join(site.root, 'content/sessions/2027-02-11-reading-a-budget-together.md'), 'utf-8');
		expect(written).toContain('presenters:\n  - named-presenter\n');
		expect(written).toContain('takeaways:\n  - Read the budget line by line.\n  - Ask who approved each line.\n---');
		expect(written).toMatch(/---\n\nWe read the budget together\.\n\nEveryone found one line to ask about\.\n$/);
		expect(existsSync(join(site.root, '.new-session-answers.json'))).toBe(false);
		expect(runScript(site, 'check').status).toBe(0);
	});

	it('keeps a session’s answers, takeaways and the recap begun when the person presses Ctrl-C; --answers finishes it with flags', async () => {
		const savedFile = join(site.root, '.new-session-answers.json');
		const run = startNew(['session']);
		const answers = [
			['series:', 'lao-hangouts'],
			['date:', '2027-02-19T14:00[Asia/Vientiane]'],
			['title:', 'Keeping minutes'],
			['summary:', ''],
			['lang:', 'en'],
			['translated.lo.title:', ''],
			['translated.lo.summary:', ''],
			['format:', 'online'],
			['approach:', 'talk-discussion'],
			['durationMinutes:', ''],
			['presenters:', 'named-presenter'],
			['facilitator:', ''],
			['host:', ''],
			['themes:', ''],
			['attendance:', ''],
			['confidentiality:', ''],
			['commitments:', ''],
			['checkIns:', ''],
			['progress:', ''],
			['takeaways:', 'Minutes are written the same day.'],
			['> ', ''],
			['recap:', 'We compared how each group keeps its minutes.'],
		];
		for (const [prompt, line] of answers) {
			await run.prompted(prompt!);
			run.answer(line!);
		}
		// The recap's first line is read once the next line is asked for.
		await run.prompted('> ');
		await run.prompted('> ');
		run.interrupt();
		const stopped = await run.exit();
		expect(stopped.stderr).toContain('Your answers so far are kept in .new-session-answers.json; run the same command to go on from them');
		const kept = JSON.parse(readFileSync(savedFile, 'utf-8')) as { answers: Record<string, unknown>; body?: string };
		expect(kept.answers).toMatchObject({
			series: 'lao-hangouts',
			presenters: ['named-presenter'],
			takeaways: ['Minutes are written the same day.'],
		});
		expect(kept.body).toBe('We compared how each group keeps its minutes.');

		// A script finishes it: the kept answers and recap, the takeaways given as flags (several in one, separated by |).
		const finished = runNew([
			'session',
			'--answers',
			'.new-session-answers.json',
			'--takeaways',
			'Minutes are short. | Minutes name decisions.',
			'--yes',
		]);
		expect(finished.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(finished.stdout.trim()).toBe('content/sessions/2027-02-19-keeping-minutes.md');
		const written = readFileSync(join(site.root, finished.stdout.trim()), 'utf-8');
		expect(written).toContain('takeaways:\n  - Minutes are short.\n  - Minutes name decisions.\n---');
		expect(written).toMatch(/---\n\nWe compared how each group keeps its minutes\.\n$/);
		expect(existsSync(savedFile)).toBe(false);
		expect(runScript(site, 'check').status).toBe(0);
	});

	it('writes a plan from the toolkit’s template, its goal and outcomes offered in [brackets]; a wrong turn on the rota is asked again; a second plan for the series is refused', async () => {
		// The template the CLI reads is the site's own toolkit page (here the project's, with the fixture's source and no themes).
		const template = readFileSync(join(projectRoot, 'content/docs/toolkit/plp-plan.md'), 'utf-8')
			.replace(/^sources: .*$/m, 'sources: [fixture-source]')
			.replace(/^themes: .*\n/m, '');
		writeFileSync(join(site.root, 'content/docs/toolkit/plp-plan.md'), template);
		const run = startNew(['plan']);
		const answer = async (prompt: string, line: string) => {
			await run.prompted(prompt);
			run.answer(line);
		};
		await answer('series:', 'plp-group');
		await answer('members:', '1,2');
		await answer('agreed:', '2026-11');
		await answer('goal: the goal in a sentence [To build the capacity of our member CSOs, so that their development work lasts.]', '');
		await answer('[Enter keeps: Stronger collaboration between CSOs. | Member CSOs that work more efficiently and effectively.', '');
		await answer('frequency: one of weekly, monthly, bi-monthly, ad-hoc [bi-monthly]', '');
		await answer('meetingMinutes:', '90');
		await answer('attendance:', 'Each member sends the staff who know the topic best.');
		await answer('groundRulesAccepted:', '2026-11');
		await answer('rota: a list of turns, each with when, host and facilitator', '2026-12');
		await answer('rota[1].host:', 'member-cso');
		await answer('rota[1].facilitator:', 'named-presenter');
		await answer('rota[2].when:', '2027-13');
		await answer('rota[2].host:', '');
		await answer('rota[2].facilitator:', '');
		await answer('  rota[1].when: found "2027-13"; expected a year, month or day written as 2023, 2023-06 or 2023-06-30', '2027-02');
		await answer('rota[2].host:', '');
		await answer('rota[2].facilitator:', 'unnamed-volunteer');
		await answer('rota[3].when:', '');
		const done = await run.exit();
		expect(done.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		expect(done.status).toBe(0);
		expect(done.stdout.trim().split('\n').at(-1)).toMatch(/content\/plans\/plp-group\.md$/);
		const written = readFileSync(join(site.root, 'content/plans/plp-group.md'), 'utf-8');
		const plan = planSchema.parse(parseMarkdownFile(written).data);
		expect(plan).toMatchObject({
			series: 'plp-group',
			members: ['member-cso', 'secretariat'],
			agreed: '2026-11',
			goal: 'To build the capacity of our member CSOs, so that their development work lasts.',
			outcomes: [
				'Stronger collaboration between CSOs.',
				'Member CSOs that work more efficiently and effectively.',
				'Professional development for the staff and volunteers of member CSOs.',
			],
			frequency: 'bi-monthly',
			meetingMinutes: 90,
			groundRulesAccepted: '2026-11',
			rota: [
				{ when: '2026-12', host: 'member-cso', facilitator: 'named-presenter' },
				{ when: '2027-02', facilitator: 'unnamed-volunteer' },
			],
		});
		expect(runScript(site, 'check').status).toBe(0);

		// A second plan for the group, however it is named, is refused in one line naming the first.
		const second = runNew(['plan', '--series', 'plp-group', '--yes']);
		expect(second.status).toBe(1);
		expect(second.stderr).toContain(
			'content/plans/plp-group.md:2: series: found plp-group, which already has a plan in content/plans/plp-group.md; expected one plan per series',
		);

		// In Lao, the template's goal and outcomes are offered in Lao, and kept as Lao.
		const inLao = spawnSync('npm', ['run', '--silent', 'new', '--', 'plan', '--fresh'], {
			cwd: site.root,
			encoding: 'utf-8',
			// The series, then Enter at each question: the template's answers and no rota.
			input: `${['lao-hangouts', '', '', '', '', '', '', '', '', ''].join('\n')}\n`,
			env: { ...process.env, PLH_INTERACTIVE: '1', PLH_LANG: 'lo' },
		});
		expect(inLao.stdout).toContain('goal: ເປົ້າໝາຍ ໃນໜຶ່ງປະໂຫຍກ [ເພື່ອເສີມສ້າງຄວາມສາມາດຂອງອົງການສະມາຊິກ');
		expect(inLao.status).toBe(0);
		const lao = planSchema.parse(parseMarkdownFile(readFileSync(join(site.root, 'content/plans/lao-hangouts.md'), 'utf-8')).data);
		expect(lao.goal).toEqual({ lo: 'ເພື່ອເສີມສ້າງຄວາມສາມາດຂອງອົງການສະມາຊິກ ເພື່ອໃຫ້ວຽກງານພັດທະນາຂອງພວກເຂົາມີຄວາມຍືນຍົງ.' });
		expect(lao.outcomes).toHaveLength(3);
		expect(lao.outcomes[0]).toEqual({ lo: 'ການຮ່ວມມືທີ່ເຂັ້ມແຂງຂຶ້ນລະຫວ່າງອົງການຈັດຕັ້ງທາງສັງຄົມ.' });
		expect(runScript(site, 'check').status).toBe(0);
	});

	it('writes the learning loop from flags: a benchmark with its roadmap and commitments, then check-ins and progress on them, each passing the check', () => {
		const agreed = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2027-03-11T10:00+01:00',
			'--title',
			'Annual report benchmark',
			'--lang',
			'en',
			'--format',
			'online',
			'--approach',
			'bmc',
			'--presenters',
			'named-presenter',
			'--benchmark',
			'The annual report is out within three months of the year end.',
			'--benchmark.baseline',
			'Last year it took seven months.',
			'--benchmark.organisation',
			'member-cso',
			'--benchmark.roadmap',
			'timetable|Agree a timetable with the auditors|2027-04',
			'--benchmark.roadmap',
			'draft-early|Draft the narrative before the accounts close',
			'--commitments',
			'auditor-call|Call the auditors this month|member-cso||2027-03',
			'--commitments',
			'share-template|Share the report template|||',
			'--yes',
		]);
		expect(agreed.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		const agreedFile = agreed.stdout.trim();
		expect(agreedFile).toBe('content/sessions/2027-03-11-annual-report-benchmark.md');
		const first = sessionSchema.parse(parseMarkdownFile(readFileSync(join(site.root, agreedFile), 'utf-8')).data);
		expect(first.benchmark).toEqual({
			text: 'The annual report is out within three months of the year end.',
			baseline: 'Last year it took seven months.',
			organisation: 'member-cso',
			roadmap: [
				{ id: 'timetable', step: 'Agree a timetable with the auditors', due: '2027-04' },
				{ id: 'draft-early', step: 'Draft the narrative before the accounts close' },
			],
		});
		expect(first.commitments).toEqual([
			{ id: 'auditor-call', text: 'Call the auditors this month', organisation: 'member-cso', due: '2027-03' },
			{ id: 'share-template', text: 'Share the report template' },
		]);

		const id = '2027-03-11-annual-report-benchmark';
		const followed = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2027-05-13T10:00+01:00',
			'--title',
			'Reporting back on annual reports',
			'--lang',
			'en',
			'--format',
			'online',
			'--approach',
			'als',
			'--presenters',
			'named-presenter',
			'--checkIns',
			`${id}|auditor-call|done|The auditors agreed dates.`,
			'--checkIns',
			`${id}|share-template|in-progress`,
			'--progress',
			`${id}|timetable|done|Agreed in April.`,
			'--progress',
			`${id}||in-progress`,
			'--yes',
		]);
		expect(followed.stderr.replace(/npm warn.*\n/g, '')).toBe('');
		const second = sessionSchema.parse(parseMarkdownFile(readFileSync(join(site.root, followed.stdout.trim()), 'utf-8')).data);
		expect(second.checkIns).toEqual([
			{ session: id, commitment: 'auditor-call', status: 'done', note: 'The auditors agreed dates.' },
			{ session: id, commitment: 'share-template', status: 'in-progress' },
		]);
		expect(second.progress).toEqual([
			{ benchmark: id, step: 'timetable', status: 'done', note: 'Agreed in April.' },
			{ benchmark: id, status: 'in-progress' },
		]);
		expect(runScript(site, 'check').status).toBe(0);

		// A check-in on a session that does not exist, and a Chatham House commitment with its organisation: refused, in the check's words.
		const wrong = runNew([
			'session',
			'--series',
			'plp-group',
			'--date',
			'2027-07-08T10:00+01:00',
			'--title',
			'Two wrong items',
			'--confidentiality',
			'chatham-house',
			'--checkIns',
			'no-such-session|auditor-call|done',
			'--commitments',
			'named|Something named|member-cso',
			'--yes',
		]);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toMatch(/checkIns\[0\]\.session: found "no-such-session", which is not in content\/sessions\//);
		expect(wrong.stderr).toMatch(/commitments\[0\]\.organisation: found "member-cso"; expected no organisation /);
		expect(existsSync(join(site.root, 'content/sessions/2027-07-08-two-wrong-items.md'))).toBe(false);
	});
});
