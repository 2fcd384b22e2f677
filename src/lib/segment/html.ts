/**
 * The copy of a built page that the search index reads. Its text gets a
 * boundary between every unit of a no-space script, and a space after every
 * block element: the site's HTML is written without whitespace between tags,
 * and Pagefind would otherwise read "<dt>Series</dt><dd>Friday</dd>" as the
 * one word "SeriesFriday". Pagefind ends a sentence after paragraphs, list
 * items and divisions but not after a term, a definition or a caption, so
 * those are read as divisions: a session's approach and its themes are two
 * facts, not one phrase made of both. Elements lose their ids: Pagefind keeps
 * every element with an id as an anchor, its text again in each result's
 * fragment, for results within a page, and search shows pages. Other
 * attributes, scripts and styles are left as they are, and the served files
 * are never changed.
 */
import { markBoundaries } from './index.ts';

const rawParts = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)/gi;
const blockEnd =
	/^<\/(?:p|div|li|dt|dd|h[1-6]|td|th|tr|section|article|aside|blockquote|figcaption|summary|details|header|footer|ul|ol|dl|table|pre)\s*>$/i;
const lineBreak = /^<br\b[^>]*>$/i;
const ownSentence = /^<(\/?)(?:dt|dd|th|caption|figcaption|summary)(?=[\s/>])/i;
const idAttribute = /\s+id=(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i;

export function prepareHtmlForIndex(html: string): string {
	return html
		.split(rawParts)
		.map((part, i) => {
			if (i % 2 === 0) return markBoundaries(part);
			const tag = part.replace(ownSentence, '<$1div').replace(idAttribute, '');
			return blockEnd.test(part) || lineBreak.test(part) ? `${tag} ` : tag;
		})
		.join('');
}
