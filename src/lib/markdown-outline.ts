/**
 * What a Markdown body contains, read with Sätteri, the parser Astro renders
 * it with: headings (for the brief sections), images and links (to check
 * they exist).
 */
import { markdownToMdast, type MdastNode } from 'satteri';

export type Outline = {
	/** `empty`: nothing but comments and blank lines before the next heading as high or higher. */
	headings: { depth: number; text: string; line: number; empty: boolean }[];
	images: { url: string; line: number }[];
	links: { url: string; line: number }[];
};

const textOf = (node: MdastNode): string =>
	'value' in node && typeof node.value === 'string'
		? node.value
		: 'children' in node && Array.isArray(node.children)
			? (node.children as MdastNode[]).map(textOf).join('')
			: '';

export function outlineOf(body: string, firstLine = 1): Outline {
	const outline: Outline = { headings: [], images: [], links: [] };
	const visit = (node: MdastNode) => {
		const line = (node.position?.start.line ?? 1) + firstLine - 1;
		if (node.type === 'heading') outline.headings.push({ depth: node.depth, text: textOf(node).trim(), line, empty: true });
		else if (node.type === 'image') outline.images.push({ url: node.url, line });
		else if (node.type === 'link') outline.links.push({ url: node.url, line });
		if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
	};
	const root = markdownToMdast(body);
	visit(root);
	// Sections are the top-level nodes between headings; a placeholder comment is not content.
	const open: Outline['headings'] = [];
	let next = 0;
	for (const node of 'children' in root ? (root.children as MdastNode[]) : []) {
		if (node.type === 'heading') {
			while (open.length && open.at(-1)!.depth >= node.depth) open.pop();
			for (const heading of open) heading.empty = false;
			// The walk above met top-level headings in this same order.
			while (outline.headings[next] && outline.headings[next]!.line !== (node.position?.start.line ?? 1) + firstLine - 1) next++;
			if (outline.headings[next]) open.push(outline.headings[next++]!);
		} else if (!(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value))) {
			for (const heading of open) heading.empty = false;
		}
	}
	return outline;
}

export { normaliseHeading } from './markdown-headings.ts';
