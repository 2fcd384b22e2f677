import { describe, expect, it } from 'vitest';
import { docPagesIn, latestRecapCount, latestRecaps, latestBriefCount, latestBriefs } from './reading-list.ts';

const doc = (id: string, title: string, order?: number) => ({ id, data: { title, sidebar: order === undefined ? {} : { order } } });
const docs = [
	doc('toolkit/establish', 'Establish', 1),
	doc('toolkit', 'Toolkit', 9),
	doc('toolkit/challenges', 'Challenges', 2),
	doc('toolkit/benefits', 'Benefits', 2),
	doc('toolkit/ab-unordered', 'Unordered too'),
	doc('toolkit/aa-unordered', 'Unordered'),
	doc('guides/bmc', 'BMC', 2),
	doc('guides/als', 'ALS', 1),
	doc('lo/guides/als', 'ALS ລາວ', 1),
	doc('lo/toolkit-notes', 'Not a toolkit page'),
];

describe('docPagesIn', () => {
	it('lists a folder with its index first, then in sidebar order, pages without an order last', () => {
		expect(docPagesIn(docs, 'toolkit', 'en').map((d) => d.id)).toEqual([
			'toolkit',
			'toolkit/establish',
			// The same place in the sidebar: by name.
			'toolkit/benefits',
			'toolkit/challenges',
			'toolkit/aa-unordered',
			'toolkit/ab-unordered',
		]);
	});

	it('gives a translated page its title in the reader’s language and an untranslated one its original’s, marked as such', () => {
		expect(docPagesIn(docs, 'guides', 'lo')).toEqual([
			{ id: 'guides/als', title: 'ALS ລາວ', titleLang: 'lo' },
			{ id: 'guides/bmc', title: 'BMC', titleLang: 'en' },
		]);
		expect(docPagesIn(docs, 'guides', 'en')[0]).toEqual({ id: 'guides/als', title: 'ALS', titleLang: 'en' });
	});

	it('never lists a translation as a page of its own', () => {
		expect(docPagesIn(docs, 'guides', 'lo').map((d) => d.id)).not.toContain('lo/guides/als');
	});
});

describe('latestRecaps', () => {
	const sessions = Array.from({ length: 14 }, (_, i) => ({
		id: `s${i}`,
		start: new Date(Date.UTC(2026, 0, 1 + i * 7)),
		cancelled: i === 12,
	}));
	const latest = (count?: number) =>
		latestRecaps(
			sessions,
			(s) => s.start,
			(s) => !s.cancelled,
			count,
		).map((s) => s.id);

	it(`keeps the ${latestRecapCount} newest sessions that took place, newest first`, () => {
		expect(latest()).toEqual(['s13', 's11', 's10', 's9', 's8', 's7', 's6', 's5', 's4', 's3']);
	});

	it('takes as many as asked, and all there are when there are fewer', () => {
		expect(latest(2)).toEqual(['s13', 's11']);
		expect(latest(50)).toHaveLength(13);
	});
});

describe('latestBriefs', () => {
	const brief = (id: string, date: string) => ({ id, data: { date } });
	const briefs = [brief('a', '2024'), brief('b', '2026-03'), brief('c', '2025-11-30'), brief('d', '2026-03'), brief('e', '2026')];

	it('keeps the newest briefs by date, however precise, newest first and by id on the same date', () => {
		expect(latestBriefs(briefs, 4).map((b) => b.id)).toEqual(['b', 'd', 'e', 'c']);
	});

	it(`keeps ${latestBriefCount} unless asked otherwise, and all there are when there are fewer`, () => {
		const many = Array.from({ length: latestBriefCount + 5 }, (_, i) => brief(`b${i}`, `20${String(i).padStart(2, '0')}`));
		expect(latestBriefs(many)).toHaveLength(latestBriefCount);
		expect(latestBriefs(many)[0]!.id).toBe(`b${latestBriefCount + 4}`);
		expect(latestBriefs(briefs)).toHaveLength(5);
	});
});
