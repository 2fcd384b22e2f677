import { describe, expect, it } from 'vitest';
import { closeSpelling, closestWord, hasCorrectableWord, mostListed, pageWords, slips, WordCounts } from './search-spelling.ts';

describe('slips', () => {
	it.each([
		['nutrition', 'nutrition', 0],
		['nutrtion', 'nutrition', 1], // a letter left out
		['nuttrition', 'nutrition', 1], // one added
		['nutrituon', 'nutrition', 1], // one changed
		['ntuirtion', 'nutrition', 2], // two swaps
		['polciy', 'policy', 1], // two neighbours swapped is one slip
		['policy', 'police', 1],
		['budget', 'gadget', 2],
	])('%s is %i slips from %s', (a, b, expected) => {
		expect(slips(a, b, 3)).toBe(expected);
		expect(slips(b, a, 3)).toBe(expected);
	});

	it('stops counting past the most it is asked about', () => {
		expect(slips('nutrition', 'safeguarding', 2)).toBe(3);
		expect(slips('ab', 'abcdef', 2)).toBe(3);
	});
});

describe('closestWord', () => {
	const listed = ['policy', 'police', 'nutrition', 'quality', 'volunteer', 'budget', 'meeting'];

	it('finds the listed word a slip or two from a mistyped one', () => {
		expect(closestWord('polcy', listed)).toBe('policy');
		expect(closestWord('nutrtion', listed)).toBe('nutrition');
		expect(closestWord('Nutrtion', listed)).toBe('nutrition');
		expect(closestWord('voluntere', listed)).toBe('volunteer');
		expect(closestWord('qualityxz', listed)).toBe('quality');
	});

	it('prefers, among equally close words, the one listed first (in most pages)', () => {
		expect(closestWord('polic', listed)).toBe('policy');
		expect(closestWord('polic', ['police', 'policy'])).toBe('police');
	});

	it('allows one slip in a word of under seven letters, two in a longer one', () => {
		expect(closestWord('bdgte', listed)).toBeUndefined();
		expect(closestWord('metinng', listed)).toBe('meeting');
	});

	it('leaves listed words, short words, and words not written in letters alone', () => {
		expect(closestWord('policy', listed)).toBeUndefined();
		expect(closestWord('ploc', ['plot'])).toBe('plot');
		expect(closestWord('plo', ['plot'])).toBeUndefined();
		expect(closestWord('ໂພຊະນາການ', ['ໂພຊະນາ'])).toBeUndefined();
		expect(closestWord('2026', ['2025'])).toBeUndefined();
		expect(closestWord('xyzzyplugh', listed)).toBeUndefined();
	});
});

describe('closeSpelling', () => {
	const listed = ['school', 'garden', 'gardens', 'nutrition', 'board'];

	it('replaces each unlisted word and keeps the rest of the query as typed', () => {
		expect(closeSpelling('scool gardn', listed)).toBe('school garden');
		expect(closeSpelling('nutrtion ໂພຊະນາການ', listed)).toBe('nutrition ໂພຊະນາການ');
		expect(closeSpelling('"board" nutrtion', listed)).toBe('"board" nutrition');
	});

	it('says nothing changed when every word is listed or nothing is close', () => {
		expect(closeSpelling('school garden', listed)).toBeUndefined();
		expect(closeSpelling('xyzzyplugh', listed)).toBeUndefined();
		expect(closeSpelling('', listed)).toBeUndefined();
	});
});

describe('hasCorrectableWord', () => {
	it('says whether a query has a word of letters long enough to correct', () => {
		expect(hasCorrectableWord('nutrtion')).toBe(true);
		expect(hasCorrectableWord('ໂພຊະນາການ Zoom')).toBe(true);
		expect(hasCorrectableWord('ໂພຊະນາການ')).toBe(false);
		expect(hasCorrectableWord('ALS 2026')).toBe(false);
	});
});

describe('pageWords', () => {
	it('reads the words of the page’s <main>, lower case, each once, without markup, scripts or styles', () => {
		const html =
			'<html><body><nav>Sidebar navigation</nav><main data-pagefind-body><h1>School Gardens</h1><p>Gardens feed <a href="/x/">schools</a>&nbsp;well.</p>' +
			'<script>const secretvariable = 1</script><style>.hidden{color:red}</style><p>ໂພຊະນາການ and 2026</p></main><footer>Footer words</footer></body></html>';
		expect([...pageWords(html)].sort()).toEqual(['feed', 'gardens', 'school', 'schools', 'well']);
	});

	it('finds nothing in a page without <main>', () => {
		expect(pageWords('<p>Words</p>').size).toBe(0);
	});
});

describe('WordCounts', () => {
	it('lists the words in most pages first, alphabetically among equals', () => {
		const counts = new WordCounts();
		counts.add(['budget', 'policy']);
		counts.add(['policy', 'agenda']);
		counts.add(['policy', 'budget']);
		expect(counts.list()).toEqual(['policy', 'budget', 'agenda']);
	});

	it(`keeps at most ${mostListed} words`, () => {
		const counts = new WordCounts();
		counts.add(Array.from({ length: mostListed + 5 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`));
		expect(counts.list()).toHaveLength(mostListed);
	});
});
