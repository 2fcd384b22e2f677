/**
 * Which pages have a PDF, and where it is kept. Each brief, each guide, each
 * series' plan and each series' year in review (in each language, from
 * `pdfPathFor`) is printed from its own page; the toolkit is printed once, whole, from
 * `/toolkit/whole/`, and each toolkit page links to that one PDF. A page
 * Starlight fills with another language's text (a fallback) links to that
 * language's PDF rather than making one of its own.
 */
import { pdfFileName } from './pdf-blocks.ts';

export type DocPdfKind = 'guide' | 'toolkit';

/** The collections of documents that have PDFs, by the folder under `content/docs/`. */
const docFolders: Record<string, DocPdfKind> = { guides: 'guide', toolkit: 'toolkit' };

/** The folder the whole toolkit is printed from, under the toolkit's own path. */
export const wholeToolkitSlug = 'whole';

/** Splits a docs id (`lo/guides/als`) into its language and the id it has in the default language (`guides/als`). */
export function docIdParts(id: string, prefixes: readonly { lang: string; prefix: string }[]): { lang: string; baseId: string } {
	const [first, ...rest] = id.split('/');
	const locale = prefixes.find((l) => l.prefix !== '' && l.prefix === first);
	if (locale) return { lang: locale.lang, baseId: rest.join('/') };
	return { lang: prefixes.find((l) => l.prefix === '')?.lang ?? prefixes[0]!.lang, baseId: id };
}

/** Whether a docs page (by its default-language id) belongs to a collection with PDFs, and which. */
export function docPdfKind(baseId: string): DocPdfKind | undefined {
	return docFolders[baseId.split('/')[0]!];
}

/**
 * The path of a page's PDF: in the page's own folder, named from the page's
 * title in the default language (`englishTitle`), so both languages' files
 * read alike when forwarded.
 */
export function pdfPathFor(pagePath: string, englishTitle: string, lang: string, defaultLang: string): string {
	return `${pagePath.replace(/\/?$/, '/')}${pdfFileName(englishTitle, lang, defaultLang)}`;
}

/**
 * A series' plan, printed from its page in each language (the plan's texts
 * may be in either, and the page's words are the reader's): named from the
 * series' id, `/series/x/plan/x-plan.pdf` and `/lo/series/x/plan/x-plan-lo.pdf`.
 */
export function planPdfPath(planPagePath: string, seriesId: string, lang: string, defaultLang: string): string {
	return pdfPathFor(planPagePath, `${seriesId} plan`, lang, defaultLang);
}

/** The whole toolkit's PDF, in `lang`, named from the toolkit's title in the default language. */
export function wholeToolkitPdfPath(toolkitPagePath: string, englishTitle: string, lang: string, defaultLang: string): string {
	return pdfPathFor(`${toolkitPagePath.replace(/\/?$/, '/')}${wholeToolkitSlug}/`, englishTitle, lang, defaultLang);
}

type DocLike = { id: string; data: { title: string; sidebar?: { order?: number | undefined } | undefined } };

/** The toolkit's pages in one language, in the sidebar's order (its `order`, then the file's name). */
export function toolkitPagesIn<T extends DocLike>(docs: T[], lang: string, prefixes: readonly { lang: string; prefix: string }[]): T[] {
	const order = (doc: T) => doc.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
	return docs
		.filter((doc) => {
			const parts = docIdParts(doc.id, prefixes);
			return parts.lang === lang && docPdfKind(parts.baseId) === 'toolkit';
		})
		.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}

/** The anchor of a toolkit page inside the whole toolkit: `toolkit-establish`, `toolkit` for its first page. */
export const toolkitAnchor = (baseId: string): string => baseId.replace(/\//g, '-');

/** The offline pack of `lang`, at the top of that language's pages: `/lo/peer-learning-hub-lo.zip`. */
export function offlinePackPath(homePath: string, siteName: string, lang: string, defaultLang: string): string {
	return `${homePath.replace(/\/?$/, '/')}${pdfFileName(siteName, lang, defaultLang, 'offline').replace(/\.pdf$/, '.zip')}`;
}

/** Whether a link block is for the offline pack rather than a PDF. */
export const isPackFile = (file: string): boolean => file.endsWith('.zip');
