/**
 * Card text as Satori can draw it: emoji removed (no emoji font is bundled),
 * and a break opportunity between the words of Lao and other scripts written
 * without spaces, which Satori would otherwise never wrap. Between words, not
 * syllables: a title broken inside ສະບຽງ reads as two words.
 */
import { joinWords } from '../segment/index.ts';
import { missingGlyphs } from './fonts.ts';

const emoji = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu;

export function withoutEmoji(text: string): string {
	return text
		.replace(emoji, '')
		.replace(/\uFE0F/g, '')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/** Text ready for a card: no emoji, no characters without a glyph, and places to wrap. */
export function cardText(text: string): string {
	const clean = withoutEmoji(text);
	const missing = new Set(missingGlyphs(clean));
	const drawable = missing.size ? [...clean].filter((c) => !missing.has(c)).join('') : clean;
	return joinWords(drawable, '\u200B');
}
