import { describe, expect, it } from 'vitest';
import { answersQuery, answersWord } from './search-match.ts';

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
		]) {
			expect(answersWord(typed!, matched!), `${typed} / ${matched}`).toBe(true);
		}
	});

	it('rejects the shorter word Pagefind falls back to when nothing begins with the query', () => {
		expect(answersWord('xyzzyplugh', 'X')).toBe(false);
		expect(answersWord('xyzzy', 'x.')).toBe(false);
		expect(answersWord('qualityx', 'qual')).toBe(false);
	});

	it('rejects a word that merely shares a letter or two', () => {
		expect(answersWord('policy', 'poster')).toBe(false);
	});
});

describe('answersQuery', () => {
	it('checks the words at the locations Pagefind matched, each typed word answered', () => {
		const content = 'Would X be possible? The policy is old.';
		expect(answersQuery(['xyzzyplugh'], content, [1])).toBe(false);
		expect(answersQuery(['policy'], content, [5])).toBe(true);
		expect(answersQuery(['policy', 'xyzzyplugh'], content, [1, 5])).toBe(false);
		expect(answersQuery(['policy', '-'], content, [5])).toBe(true);
		expect(answersQuery(['ກກກກ'], 'ເຈົ້າ ກໍ\u2060 ມາ', [1])).toBe(false);
		expect(answersQuery(['ນົມ', 'ແມ່'], 'ດ້ວຍ\u2060 ນົມ\u2060 ແມ່\u2060 ຢ່າງ', [1, 2])).toBe(true);
	});
});
