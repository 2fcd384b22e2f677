/**
 * A card's title broken into lines by the project, not by Satori: Satori cuts
 * a clamped title with an ellipsis in the middle of a word (ສະບຽງອາຫາ…,
 * SU…), and only the layout knows how many lines are free. The words are
 * measured in one pass of Satori; here they are put on lines, whole.
 */
import { cardText } from './text.ts';

/** A piece of the title between two places a line may break. */
export type TitleWord = { text: string; spaceAfter: boolean };

/** The title as Satori draws it (see `cardText`), cut at spaces and at the breaks between Lao words. */
export function titleWords(title: string): TitleWord[] {
	const words: TitleWord[] = [];
	for (const match of cardText(title).matchAll(/([^ \u200B]+)([ \u200B]*)/g)) {
		words.push({ text: match[1]!, spaceAfter: match[2]!.includes(' ') });
	}
	return words;
}

export type Widths = { words: number[]; space: number; ellipsis: number };

export const ellipsis = '…';

/** Punctuation that reads wrong just before an ellipsis: "Hangouts:…". */
const danglingPunctuation = /[\s:;,([{–—-]+$/u;

/**
 * The title on at most `maxLines` lines of `lineWidth` pixels, each holding
 * whole words. A title that does not fit ends its last line with an ellipsis
 * after the last word that fits beside it. A word wider than a line stays whole
 * on a line of its own; the renderer clips it.
 */
export function fitTitle(
	words: readonly TitleWord[],
	widths: Widths,
	lineWidth: number,
	maxLines: number,
): { lines: string[]; cut: boolean } {
	const lines: number[][] = [];
	let line: number[] = [];
	let used = 0;
	words.forEach((_, index) => {
		const gap = line.length && words[index - 1]!.spaceAfter ? widths.space : 0;
		if (line.length && used + gap + widths.words[index]! > lineWidth) {
			lines.push(line);
			line = [];
			used = 0;
		}
		used += (line.length ? gap : 0) + widths.words[index]!;
		line.push(index);
	});
	if (line.length) lines.push(line);

	const text = (indexes: readonly number[]) =>
		indexes.map((i, n) => words[i]!.text + (n < indexes.length - 1 && words[i]!.spaceAfter ? ' ' : '')).join('');
	if (lines.length <= maxLines) return { lines: lines.map(text), cut: false };

	const kept = lines.slice(0, maxLines - 1);
	const rest = lines.slice(maxLines - 1).flat();
	const last: number[] = [];
	let width = widths.ellipsis;
	for (const index of rest) {
		const gap = last.length && words[last.at(-1)!]!.spaceAfter ? widths.space : 0;
		if (last.length && width + gap + widths.words[index]! > lineWidth) break;
		width += gap + widths.words[index]!;
		last.push(index);
	}
	return { lines: [...kept.map(text), text(last).replace(danglingPunctuation, '') + ellipsis], cut: true };
}

/** The title as drawn: its lines, its size, whether it was cut, and how many lines the card had room for. */
export type FittedTitle = { lines: string[]; fontSize: number; cut: boolean; maxLines: number };

/** The room the title has on a card, in pixels, and how tall a line is for a font size. */
export type TitleRoom = { width: number; height: number; lineHeight: number };

/**
 * The title at the largest of `fontSizes` (largest first) at which it fits
 * the room whole; when it fits at none, at the smallest, cut. Widths were
 * measured at `measuredAt` pixels and scale with the font size.
 */
export function chooseTitle(
	words: readonly TitleWord[],
	widths: Widths,
	measuredAt: number,
	room: TitleRoom,
	fontSizes: readonly number[],
	mostLines: number,
): FittedTitle {
	let chosen: FittedTitle = { lines: [], fontSize: measuredAt, cut: false, maxLines: 0 };
	for (const fontSize of fontSizes) {
		const factor = fontSize / measuredAt;
		const scaled = { words: widths.words.map((w) => w * factor), space: widths.space * factor, ellipsis: widths.ellipsis * factor };
		// A hair of tolerance: three lines of 67.6 px fit in a box laid out as 202.79 px.
		const maxLines = Math.min(mostLines, Math.max(1, Math.floor(room.height / (fontSize * room.lineHeight) + 0.01)));
		const fitted = fitTitle(words, scaled, room.width, maxLines);
		chosen = { ...fitted, fontSize, maxLines };
		if (!fitted.cut) break;
	}
	return chosen;
}
