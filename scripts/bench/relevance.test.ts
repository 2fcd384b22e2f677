import { describe, expect, it } from 'vitest';
import { rankOf, readRelevanceSet, scoresOf } from './relevance.ts';

describe('the relevance set', () => {
	it('has at least 20 queries in each language, none twice', () => {
		const set = readRelevanceSet();
		for (const queries of [set.en, set.lo]) {
			expect(queries.length).toBeGreaterThanOrEqual(20);
			expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
		}
		expect(set.en.length + set.lo.length).toBeGreaterThanOrEqual(40);
	});

	it('keeps the zero-width space a reader pasted', () => {
		expect(readRelevanceSet().lo.some((q) => q.query.includes('\u200B'))).toBe(true);
	});
});

describe('scores', () => {
	it('ranks the first page that answers, from 1', () => {
		expect(rankOf(['/b/', '/c/'], ['/a/', '/c/', '/b/'])).toBe(2);
		expect(rankOf(['/x/'], ['/a/'])).toBeNull();
	});

	it('gives success@1, success@5 and the mean reciprocal rank', () => {
		expect(scoresOf([{ rank: 1 }, { rank: 2 }, { rank: 6 }, { rank: null }])).toEqual({
			queries: 4,
			successAt1: 0.25,
			successAt5: 0.5,
			mrr: Math.round(((1 + 1 / 2 + 1 / 6) / 4) * 1000) / 1000,
		});
	});
});
