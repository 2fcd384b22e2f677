/**
 * Applies `markBoundaries` to the text of a built page, leaving tags,
 * attributes, scripts and styles as they are. The page is Astro's own output,
 * so its markup is regular; this runs on a copy given to the indexer, never
 * on the files that are served.
 */
import { markBoundaries } from './index.ts';

const rawParts = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)/gi;

export function markBoundariesInHtml(html: string): string {
	return html
		.split(rawParts)
		.map((part, i) => (i % 2 === 1 ? part : markBoundaries(part)))
		.join('');
}
