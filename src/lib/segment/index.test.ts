import { describe, expect, it } from 'vitest';
import { boundaryMark, exactSearches, joinUnits, joinWords, markBoundaries, prepareQuery, removeBoundaries } from './index.ts';

describe('markBoundaries', () => {
	it('puts a boundary between the syllables of a Lao run and leaves other text alone', () => {
		expect(markBoundaries('ການຮຽນຮູ້ແບບເພື່ອນ and peer learning')).toBe(
			`ການ${boundaryMark} ຮຽນ${boundaryMark} ຮູ້${boundaryMark} ແບບ${boundaryMark} ເພື່ອນ and peer learning`,
		);
	});

	it('handles Lao mixed with English, numbers and punctuation', () => {
		expect(markBoundaries('SUN CSA ຈັດ37ຄັ້ງ, (ອອນລາຍ)!')).toBe(`SUN CSA ຈັດ${boundaryMark} 37${boundaryMark} ຄັ້ງ, (ອອນ${boundaryMark} ລາຍ)!`);
		expect(markBoundaries('COVID-19ໃນລາວ')).toBe(`COVID-19${boundaryMark} ໃນ${boundaryMark} ລາວ`);
		// What the index holds is what a query of the same text asks for.
		expect(prepareQuery('ຈັດ37ຄັ້ງ').terms).toBe(markBoundaries('ຈັດ37ຄັ້ງ').replaceAll(boundaryMark, ''));
		expect(removeBoundaries(markBoundaries('SUN CSA ຈັດ37ຄັ້ງ, COVID-19ໃນລາວ'))).toBe('SUN CSA ຈັດ37ຄັ້ງ, COVID-19ໃນລາວ');
		expect(markBoundaries('ປີ 2023: ໂພຊະນາການ')).toBe(`ປີ 2023: ໂພ${boundaryMark} ຊະ${boundaryMark} ນາ${boundaryMark} ການ`);
	});

	it('splits other scripts without spaces by one mechanism', () => {
		expect(markBoundaries('ภาษาไทย')).toContain(boundaryMark);
	});
});

describe('joinWords', () => {
	it('marks where a line may break between Lao words, and not between their syllables as the index does', () => {
		const text = 'ສະບຽງອາຫານ ແລະ ສວນຄົວໃນໂຮງຮຽນ';
		expect(joinWords(text, '|')).toBe('ສະບຽງອາຫານ ແລະ ສວນ|ຄົວ|ໃນ|ໂຮງຮຽນ');
		expect(joinUnits(text, '|')).toContain('ສະ|ບຽງ');
	});

	it('splits Thai, Khmer and Myanmar by their own words and leaves Latin text alone', () => {
		expect(joinWords('ภาษาไทย', '|')).toBe('ภาษา|ไทย');
		expect(joinWords('សួស្តីពិភពលោក', '|').split('|').length).toBeGreaterThan(1);
		expect(joinWords('မြန်မာစာ', '|').split('|').length).toBeGreaterThan(1);
		expect(joinWords('SUN CSA, 2026', '|')).toBe('SUN CSA, 2026');
		expect(joinWords('COVID-19ໃນລາວ', '|')).toBe('COVID-19|ໃນ|ລາວ');
	});
});

describe('removeBoundaries', () => {
	it('restores natural Lao text in excerpts, keeping Pagefind’s highlights', () => {
		const excerpt = `ການ${boundaryMark} <mark>ຮຽນ${boundaryMark}</mark> ຮູ້ ແລະ peer learning`;
		expect(removeBoundaries(excerpt)).toBe('ການ<mark>ຮຽນ</mark>ຮູ້ ແລະ peer learning');
		expect(removeBoundaries(markBoundaries('ການຮຽນຮູ້ແບບເພື່ອນ ແລະ ການ'))).toBe('ການຮຽນຮູ້ແບບເພື່ອນ ແລະ ການ');
	});
});

describe('prepareQuery', () => {
	it('splits a Lao word into syllables and asks for them as a phrase, the last syllable possibly unfinished', () => {
		expect(prepareQuery('ການຮຽນຮູ້')).toEqual({
			terms: 'ການ ຮຽນ ຮູ້',
			phrases: [['ການ', 'ຮຽນ', 'ຮູ້']],
			requiredPhrases: [],
			wholeUnits: ['ການ', 'ຮຽນ'],
			exactMarks: true,
		});
	});

	it('treats words the reader separated as separate terms, each Lao word a phrase of its own', () => {
		expect(prepareQuery('ເພື່ອນ ນ້ຳສະອາດ')).toMatchObject({ terms: 'ເພື່ອນ ນ້ຳ ສະ ອາດ', phrases: [['ນ້ຳ', 'ສະ', 'ອາດ']] });
		expect(prepareQuery('ນົມແມ່ ເດັກນ້ອຍ').phrases).toEqual([
			['ນົມ', 'ແມ່'],
			['ເດັກ', 'ນ້ອຍ'],
		]);
		expect(prepareQuery('ກະກກ').requiredPhrases).toEqual([['ກະ', 'ກກ']]);
		expect(prepareQuery('ເພື່ອນ')).toMatchObject({ terms: 'ເພື່ອນ', phrases: [], wholeUnits: [] });
	});

	it('asks Pagefind for exact marks only when the query has Lao, so English words keep their stems', () => {
		expect(prepareQuery(' peer  learning ')).toEqual({
			terms: 'peer learning',
			phrases: [],
			requiredPhrases: [],
			wholeUnits: [],
			exactMarks: false,
		});
		expect(prepareQuery('SUN Civil Society Alliance').exactMarks).toBe(false);
		expect(prepareQuery('COVID-19ໃນລາວ')).toMatchObject({ terms: 'COVID-19 ໃນ ລາວ', exactMarks: true });
	});
});

describe('exactSearches', () => {
	it('asks for units inside a run with the boundary the index holds after them, and the last unit both ways', () => {
		const b = boundaryMark;
		expect(exactSearches(['ໜ້າ', 'ທີ່'])).toEqual([`"ໜ້າ${b} ທີ່"`, `"ໜ້າ${b} ທີ່${b}"`]);
		expect(exactSearches(['ນ້ຳ'])).toEqual(['"ນ້ຳ"', `"ນ້ຳ${b}"`]);
		expect(exactSearches([])).toEqual([]);
	});

	it('matches the index whether the word ends its run or not', () => {
		const [endingRun, insideRun] = exactSearches(prepareQuery('ໜ້າທີ່').phrases[0]!).map((search) => search.slice(1, -1));
		expect(markBoundaries('ມີໜ້າທີ່')).toContain(endingRun);
		expect(markBoundaries('ມີໜ້າທີ່ແຈກຢາຍ')).toContain(insideRun);
	});
});

describe('prepareHtmlForIndex', async () => {
	const { prepareHtmlForIndex } = await import('./html.ts');
	it('marks text only, never tags, attributes or scripts', () => {
		const html = '<p title="ການຮຽນ">ການຮຽນ <b>ຮູ້</b></p><script>const x = "ການຮຽນ";</script>';
		expect(prepareHtmlForIndex(html)).toBe(`<p title="ການຮຽນ">ການ${boundaryMark} ຮຽນ <b>ຮູ້</b></p> <script>const x = "ການຮຽນ";</script>`);
	});

	it('drops ids, so results carry no anchors to parts of a page: search shows pages', () => {
		expect(prepareHtmlForIndex('<h2 id="why" class="x">Why</h2><p data-id="k" title=\'id="t"\'>Text</p>')).toBe(
			'<h2 class="x">Why</h2> <p data-id="k" title=\'id="t"\'>Text</p> ',
		);
		expect(prepareHtmlForIndex("<h1 class=a id='_top'>T</h1><div id=x>y</div>")).toBe('<h1 class=a>T</h1> <div>y</div> ');
	});

	it('separates block elements, so a label and its value stay two words', () => {
		expect(prepareHtmlForIndex('<dl><dt>Series</dt><dd>Friday</dd></dl>')).toBe('<dl><div>Series</div> <div>Friday</div> </dl> ');
		expect(prepareHtmlForIndex('<p>a<b>b</b>c</p>')).toBe('<p>a<b>b</b>c</p> ');
	});

	it('ends a sentence after each definition, as Pagefind does after a paragraph, keeping its attributes', () => {
		expect(prepareHtmlForIndex('<dd data-pagefind-ignore class="x">ALS</dd><dd>Nutrition</dd>')).toBe(
			'<div data-pagefind-ignore class="x">ALS</div> <div>Nutrition</div> ',
		);
		expect(prepareHtmlForIndex('<details><summary>More</summary><p>Text</p></details>')).toBe(
			'<details><div>More</div> <p>Text</p> </details> ',
		);
		// An element whose name only begins the same (thead) stays as it is.
		expect(prepareHtmlForIndex('<thead><tr><th>A</th></tr></thead>')).toBe('<thead><tr><div>A</div> </tr> </thead>');
	});
});

describe('the rules behind the splitting', () => {
	it('splits Khmer and Myanmar for the index too, each by its own word breaker', () => {
		for (const text of ['សួស្តីពិភពលោក', 'မြန်မာစာ', 'ภาษาไทย']) {
			const marked = markBoundaries(text);
			expect(marked.split(`${boundaryMark} `).length, text).toBeGreaterThan(1);
			expect(removeBoundaries(marked)).toBe(text);
		}
	});

	it('parts a Lao run from a Latin word or a number it touches, on either side', () => {
		expect(joinUnits('abcການ', '|')).toBe('abc|ການ');
		expect(joinUnits('ການ2026', '|')).toBe('ການ|2026');
		expect(joinUnits('(ການ)', '|')).toBe('(ການ)');
	});

	it('takes out a boundary mark wherever a result shows one', () => {
		expect(removeBoundaries(`ການ${boundaryMark}`)).toBe('ການ');
		expect(removeBoundaries(`ການ${boundaryMark}</mark> <mark>ຮຽນ`)).toBe('ການ</mark><mark>ຮຽນ');
		expect(removeBoundaries('peer learning')).toBe('peer learning');
	});

	it('holds back only the last unit the reader typed, when the query ends with it', () => {
		expect(prepareQuery('ການຮຽນ peer').wholeUnits).toEqual(['ການ', 'ຮຽນ']);
		expect(prepareQuery('peer ການຮຽນ').wholeUnits).toEqual(['ການ']);
		expect(prepareQuery('').terms).toBe('');
		expect(prepareQuery('').exactMarks).toBe(false);
	});
});

describe('prepareHtmlForIndex, tag by tag', async () => {
	const { prepareHtmlForIndex } = await import('./html.ts');
	it('ends a word after every block, whatever its case, and after a line break', () => {
		for (const tag of ['li', 'h3', 'td', 'blockquote', 'pre', 'section', 'P', 'DIV']) {
			expect(prepareHtmlForIndex(`<${tag}>a</${tag}>b`), tag).toBe(`<${tag}>a</${tag}> b`);
		}
		expect(prepareHtmlForIndex('a<br>b<br/>c')).toBe('a<br> b<br/> c');
		expect(prepareHtmlForIndex('<span>a</span>b<a href="/">c</a>')).toBe('<span>a</span>b<a href="/">c</a>');
	});

	it('leaves comments and styles as written', () => {
		expect(prepareHtmlForIndex('<!-- ການຮຽນ --><style>.ການຮຽນ{}</style>')).toBe('<!-- ການຮຽນ --><style>.ການຮຽນ{}</style>');
	});

	it('keeps each script, style and comment whole, over lines and with tags inside, and marks the text between them', () => {
		const raw = [
			'<script type="module">\nconst a = "ການ<b>ຮຽນ</b>";\n</script>',
			'<STYLE>\np::after { content: "ການຮຽນ" }\n</STYLE>',
			'<!-- ການ\n<p>ຮຽນ</p> -->',
		];
		const out = prepareHtmlForIndex(raw.map((part) => `${part}<span>ການຮຽນ</span>`).join(''));
		expect(out).toBe(raw.map((part) => `${part}<span>ການ${boundaryMark} ຮຽນ</span>`).join(''));
	});

	it('drops an id however it is spaced or written', () => {
		expect(prepareHtmlForIndex('<h2  id="why">Why</h2><h3 id=abc>x</h3>')).toBe('<h2>Why</h2> <h3>x</h3> ');
	});
});
