/**
 * Limits no real entry reaches, so that a careless or hostile file cannot
 * make the check, the build or a reader's phone do unbounded work. Each is
 * far above what the bundled content and the seed documents need; one place
 * holds them all, so that a network that needs more changes one number.
 */
export const limits = {
	/**
	 * Bytes in one Markdown or YAML content file. The longest bundled entry
	 * (a toolkit page) is under 20 kB; a recap a person typed is a few kB. 1 MB
	 * is fifty times that, and keeps a pasted log or a base64 image out.
	 */
	fileBytes: 1024 * 1024,
	/**
	 * Characters in any one text field (a title, a summary, a takeaway, a
	 * place). The longest bundled field is a few hundred characters; a field is
	 * a sentence or a paragraph, and a body belongs below the frontmatter.
	 */
	textChars: 5000,
	/**
	 * Bytes in one image. Above this a phone photo has not been prepared for
	 * the web; the site resizes, but the repository keeps every byte.
	 */
	imageBytes: 2 * 1024 * 1024,
	/**
	 * Pixels along either side of an image. Phone cameras give about 4,000 ×
	 * 3,000; resizing reads the whole image into memory (4 bytes a pixel), so a
	 * 12,000 × 12,000 image would need over half a gigabyte for one photo.
	 */
	imageSide: 6000,
} as const;

/** "1 MB", "2 MB": a byte limit as a contributor reads it. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
