/** Astro types rendered metadata loosely; the Markdown processor lists the local images as strings. */
export const localImagePaths = (metadata: Record<string, unknown> | undefined): string[] => {
	const paths = metadata?.localImagePaths;
	return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
};
