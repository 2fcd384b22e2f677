/**
 * Plain text a contributor wrote in a data field (not Markdown), split into
 * the words and the addresses in it, so an email address or a web address
 * in "how to join" can be followed, as it would be in a recap's Markdown.
 */
export type TextPart = string | { href: string; text: string };

// An address ends before closing punctuation that belongs to the sentence.
const address = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’]/gu;

export function textWithLinks(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(address)) {
		const found = match[0];
		if (match.index > last) parts.push(text.slice(last, match.index));
		parts.push({ href: found.includes('@') && !found.includes('://') ? `mailto:${found}` : found, text: found });
		last = match.index + found.length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}
