/**
 * A check-in or progress report that does not close a loop gets one line:
 * which report, what it pointed at, and what would be right.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, prepareSite } from '../../../tests/support/site-build.ts';
import { checkContent, formatProblem } from '../index.ts';
import { formatProblemIn } from '../messages/index.ts';

const problems = () => {
	const site = prepareSite('check-learning-loop', join(fixturesDir, 'small-site'), [join(fixturesDir, 'mistakes', 'learning-loop')], {
		contentOnly: true,
	});
	return checkContent(site.root).problems;
};

describe('the learning loop rule', () => {
	it('accepts check-ins and progress reports that point at earlier sessions of the same series', () => {
		const site = prepareSite('check-learning-loop-valid', join(fixturesDir, 'small-site'), [], { contentOnly: true });
		expect(checkContent(site.root).problems.map(formatProblem)).toEqual([]);
	});

	it('names each report that misses: wrong series, not earlier, unknown commitment or step, no benchmark', () => {
		expect(problems().map(formatProblem)).toEqual([
			'content/sessions/2026-05-01-report-before-the-benchmark.md:9: progress[0].benchmark: found "2026-06-18-benchmark", which is not earlier than this session; expected an earlier session: a report comes after the meeting that made the commitment or agreed the benchmark',
			'content/sessions/2026-10-01-reports-that-miss.md:10: checkIns[0].commitment: found "exit-interview", which is not a commitment of 2026-04-16-chatham-als; expected "exit-interviews" (check the spelling), or another of the commitments of that session: exit-interviews',
			'content/sessions/2026-10-01-reports-that-miss.md:12: checkIns[1].session: found "2026-03-06-open-hangout", a session of another series (lao-hangouts); expected a session of this session\'s series (plp-group)',
			'content/sessions/2026-10-01-reports-that-miss.md:16: checkIns[2].commitment: found "board-template", which is not a commitment of 2026-08-20-progress; expected a session that recorded commitments: that one has none',
			'content/sessions/2026-10-01-reports-that-miss.md:19: progress[0].benchmark: found "2026-04-16-chatham-als", a session with no benchmark; expected the id of a Benchmarking Club session that agreed a benchmark',
			'content/sessions/2026-10-01-reports-that-miss.md:22: progress[1].step: found "variance-notes", which is not a step of the roadmap of 2026-06-18-benchmark; expected one of its steps: one-page-summary, ten-day-close',
		]);
	});

	it('reads each of those lines in Lao, keeping the ids as written', () => {
		const lines = problems().map((p) => formatProblemIn(p, 'lo'));
		expect(lines[1]).toBe(
			'content/sessions/2026-10-01-reports-that-miss.md:10: checkIns[0].commitment: ພົບ "exit-interview", ເຊິ່ງບໍ່ແມ່ນຄຳໝັ້ນສັນຍາຂອງ 2026-04-16-chatham-als; ຄວນເປັນ "exit-interviews" (ກວດການສະກົດ), ຫຼື ອັນອື່ນໃນຄຳໝັ້ນສັນຍາຂອງກອງປະຊຸມນັ້ນ: exit-interviews',
		);
		expect(lines[2]).toBe(
			'content/sessions/2026-10-01-reports-that-miss.md:12: checkIns[1].session: ພົບ "2026-03-06-open-hangout", ກອງປະຊຸມຂອງຊຸດກອງປະຊຸມອື່ນ (lao-hangouts); ຄວນເປັນ ກອງປະຊຸມໃນຊຸດກອງປະຊຸມດຽວກັນກັບກອງປະຊຸມນີ້ (plp-group)',
		);
	});
});
