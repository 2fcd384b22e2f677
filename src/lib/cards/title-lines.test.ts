import { describe, expect, it } from 'vitest';
import { chooseTitle, fitTitle, titleWords, type TitleWord, type Widths } from './title-lines.ts';

/** Every character 10 px wide at 50 px, a space 5, the ellipsis 10: lines can be worked out by hand. */
const widthsOf = (words: readonly TitleWord[]): Widths => ({ words: words.map((w) => [...w.text].length * 10), space: 5, ellipsis: 10 });
const fit = (title: string, lineWidth: number, maxLines: number) => {
	const words = titleWords(title);
	return fitTitle(words, widthsOf(words), lineWidth, maxLines);
};

describe('the words of a card title', () => {
	it('breaks Lao between words, never inside one', () => {
		const words = titleWords('ສວນຄົວໃນໂຮງຮຽນ ແລະ ສະບຽງອາຫານ');
		expect(words.map((w) => w.text)).toContain('ສະບຽງອາຫານ');
		expect(words.map((w) => w.text)).toContain('ໂຮງຮຽນ');
		expect(words.map((w) => w.text)).not.toContain('ສະ');
		// Only a real space is drawn between two pieces; the breaks between Lao words are invisible.
		expect(words.find((w) => w.text === 'ໂຮງຮຽນ')!.spaceAfter).toBe(true);
		expect(words.find((w) => w.text === 'ສວນ')!.spaceAfter).toBe(false);
	});

	it('keeps Latin words and their punctuation together', () => {
		expect(titleWords('Policy: SUN (CSA) 2026').map((w) => w.text)).toEqual(['Policy:', 'SUN', '(CSA)', '2026']);
	});
});

describe('fitting a title to lines', () => {
	it('puts whole words on each line and fills a line before starting the next', () => {
		// 'aaaa bbbb' is 85 px; 'cccc' would make 90 + 5 + 40.
		expect(fit('aaaa bbbb cccc dd', 100, 3)).toEqual({ lines: ['aaaa bbbb', 'cccc dd'], cut: false });
	});

	it('uses every line it is given before cutting', () => {
		const { lines, cut } = fit('one two three four five six seven eight', 100, 3);
		expect(lines).toHaveLength(3);
		expect(cut).toBe(true);
	});

	it('cuts after the last whole word that fits beside the ellipsis', () => {
		const { lines } = fit('aaaa bbbb cccc dddd eeee', 100, 2);
		expect(lines).toEqual(['aaaa bbbb', 'cccc dddd…']);
		// 'cccc dddd' is 85 px; with the ellipsis 95, which fits. One more character would not.
		expect(fit('aaaa bbbb cccc ddddd eeee', 100, 2).lines).toEqual(['aaaa bbbb', 'cccc…']);
	});

	it('leaves no colon or opening bracket just before the ellipsis', () => {
		expect(fit('aaaa bbbb cccc: (ddddd eeee', 100, 2).lines).toEqual(['aaaa bbbb', 'cccc…']);
	});

	it('puts a Lao title on lines that each end between two words', () => {
		const title = 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ ແລະ ສະບຽງອາຫານ';
		const words = titleWords(title);
		const { lines, cut } = fitTitle(words, widthsOf(words), 120, 10);
		expect(cut).toBe(false);
		expect(lines.length).toBeGreaterThan(2);
		const pieces = [...new Set(words.map((w) => w.text))].sort((a, b) => b.length - a.length);
		for (const line of lines) {
			// Every line is a run of whole pieces: taking them off its start in turn uses it up.
			let rest = line.replace(/ /g, '');
			while (rest) {
				const piece = pieces.find((p) => rest.startsWith(p));
				expect(piece, `${line}: ${rest}`).toBeDefined();
				rest = rest.slice(piece!.length);
			}
		}
		expect(lines.join('').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
	});

	it('keeps a word wider than the line whole, on a line of its own', () => {
		expect(fit('a ccccccccccccccc b', 100, 3).lines).toEqual(['a', 'ccccccccccccccc', 'b']);
	});
});

describe('choosing the title’s size', () => {
	const room = { width: 150, height: 120, lineHeight: 1.3 };
	const words = titleWords('aaaa bbbb cccc dddd eeee ffff');
	const widths = widthsOf(words);

	it('takes the largest size at which the whole title fits', () => {
		// At 50 px one line of 65 px fits the height and holds three words; at 40 px, two lines of four.
		const chosen = chooseTitle(words, widths, 50, room, [50, 40], 6);
		expect(chosen).toMatchObject({ fontSize: 40, cut: false, maxLines: 2 });
		expect(chosen.lines).toHaveLength(2);
	});

	it('keeps the first size when the title fits at it', () => {
		expect(chooseTitle(words.slice(0, 3), widths, 50, room, [50, 40], 6)).toMatchObject({ fontSize: 50, cut: false });
	});

	it('cuts at the smallest size when the title fits at none', () => {
		const chosen = chooseTitle(words, widths, 50, { ...room, height: 60 }, [50, 40], 6);
		expect(chosen).toMatchObject({ fontSize: 40, cut: true, maxLines: 1 });
		expect(chosen.lines[0]).toMatch(/…$/);
	});

	it('never gives more lines than the most a card may have', () => {
		expect(chooseTitle(words, widths, 50, { ...room, height: 1000 }, [50], 1)).toMatchObject({ maxLines: 1, cut: true });
	});
});
