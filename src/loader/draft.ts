/** Whether an entry's data (as read from its file, or as stored) says `draft: true`: drafts are checked but never published. */
export const isDraft = (data: unknown): boolean =>
	typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
