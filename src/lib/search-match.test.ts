import { stem } from 'porter2';
import { describe, expect, it, vi } from 'vitest';
import { answersQuery, answersWord } from './search-match.ts';

const loadStemmer = () => Promise.resolve(stem);

describe('answersWord', () => {
	it('accepts the word itself and other forms of it', () => {
		for (const [typed, matched] of [
			['policy', 'policies'],
			['policies', 'policy'],
			['Bounmy', 'Bounmy'],
			['hoping', 'hope'],
			['organizations', 'organize'],
			['nutritional', 'nutrition'],
			['UN', 'UN'],
			['café', 'cafe'],
			['polic', 'policy'],
			["network's", 'network'],
		]) {
			expect(answersWord(typed!, matched!, stem), `${typed} / ${matched}`).toBe(true);
		}
	});

	it('accepts a page word much shorter than the typed word when both have one stem', () => {
		for (const [typed, matched] of [
			['awareness', 'aware'],
			['dying', 'die'],
			['effectiveness', 'Effective'],
			['formality', 'formal'],
			['helpful', 'Help'],
			['planning', 'Plan'],
			['rationalize', 'rational'],
			['management', 'Manage'],
		]) {
			expect(answersWord(typed!, matched!, stem), `${typed} / ${matched}`).toBe(true);
		}
	});

	it('rejects the shorter word Pagefind falls back to when nothing begins with the query', () => {
		expect(answersWord('xyzzyplugh', 'X', stem)).toBe(false);
		expect(answersWord('xyzzy', 'x.', stem)).toBe(false);
		expect(answersWord('qualityx', 'qual', stem)).toBe(false);
		expect(answersWord('qualityxz', 'quality', stem)).toBe(false);
		expect(answersWord('helpfulx', 'Help', stem)).toBe(false);
	});

	it('rejects a word that merely shares a letter or two', () => {
		expect(answersWord('policy', 'poster', stem)).toBe(false);
		expect(answersWord('aware', 'awareness', stem)).toBe(true);
	});

	it('compares scripts Pagefind does not stem by their beginning only', () => {
		expect(answersWord('ນົມ', 'ນົມ\u2060', stem)).toBe(true);
		expect(answersWord('ກກກກ', 'ກໍ\u2060', stem)).toBe(false);
		expect(answersWord('ນົມແມ່', 'ນົມ', stem)).toBe(false);
	});

	it('finds nothing in an empty word', () => {
		expect(answersWord('-', 'policy', stem)).toBe(false);
		expect(answersWord('policy', '—', stem)).toBe(false);
	});
});

describe('answersQuery', () => {
	it('checks the words at the locations Pagefind matched, each typed word answered', async () => {
		const content = 'Would X be possible? The policy is old.';
		expect(await answersQuery(['xyzzyplugh'], content, [1], loadStemmer)).toBe(false);
		expect(await answersQuery(['policy'], content, [5], loadStemmer)).toBe(true);
		expect(await answersQuery(['policies'], content, [5], loadStemmer)).toBe(true);
		expect(await answersQuery(['policy', 'xyzzyplugh'], content, [1, 5], loadStemmer)).toBe(false);
		expect(await answersQuery(['policy', '-'], content, [5], loadStemmer)).toBe(true);
		expect(await answersQuery(['ກກກກ'], 'ເຈົ້າ ກໍ\u2060 ມາ', [1], loadStemmer)).toBe(false);
		expect(await answersQuery(['ນົມ', 'ແມ່'], 'ດ້ວຍ\u2060 ນົມ\u2060 ແມ່\u2060 ຢ່າງ', [1, 2], loadStemmer)).toBe(true);
	});

	it('trusts a result matched through its metadata only', async () => {
		expect(await answersQuery(['policy'], 'Nothing here.', [], loadStemmer)).toBe(true);
	});

	it('loads the stemmer only when a page word does not begin with the typed word', async () => {
		const load = vi.fn(loadStemmer);
		expect(await answersQuery(['benchmark'], 'A Benchmarking Club sets benchmarks.', [1, 4], load)).toBe(true);
		expect(load).not.toHaveBeenCalled();
		expect(await answersQuery(['awareness'], 'Be aware of it.', [1], load)).toBe(true);
		expect(load).toHaveBeenCalledOnce();
	});
});
