/** Astro types rendered metadata loosely; the Markdown processor lists the local images as strings. */
export const localImagePaths = (metadata: Record<string, unknown> | undefined): string[] => {
	const paths = metadata?.localImagePaths;
	return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
};

/**
 * How a loader cleans the HTML a repository file renders to. The loader is
 * given it (content.config.ts passes the sanitiser) rather than importing it,
 * as the loader sits below src/lib/. `version` goes into each entry's digest,
 * so that new rules render every cached page again.
 */
export type HtmlCleaner = {
	version: number;
	clean: (html: string, options: { localImages: readonly string[] }) => string;
};
