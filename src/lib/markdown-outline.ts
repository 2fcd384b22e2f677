/**
 * What a Markdown body contains, read with Sätteri, the parser Astro renders
 * it with: headings (for the brief sections), images and links (to check
 * they exist).
 */
import { markdownToMdast, type MdastNode } from 'satteri';

export type Outline = {
	headings: { depth: number; text: string; line: number }[];
	images: { url: string; line: number }[];
};

const textOf = (node: MdastNode): string =>
	'value' in node && typeof node.value === 'string'
		? node.value
		: 'children' in node && Array.isArray(node.children)
			? (node.children as MdastNode[]).map(textOf).join('')
			: '';

export function outlineOf(body: string, firstLine = 1): Outline {
	const outline: Outline = { headings: [], images: [] };
	const visit = (node: MdastNode) => {
		const line = (node.position?.start.line ?? 1) + firstLine - 1;
		if (node.type === 'heading') outline.headings.push({ depth: node.depth, text: textOf(node).trim(), line });
		else if (node.type === 'image') outline.images.push({ url: node.url, line });
		if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
	};
	visit(markdownToMdast(body));
	return outline;
}

/** Headings compared loosely: case, spacing and a trailing "?" or ":" do not matter. */
export function normaliseHeading(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[?:：.]+$/, '')
		.trim();
}
