/** "Edit this page" for a content file: GitHub's editor on the configured repository. */
import { siteSettings } from './site-settings.ts';

export function editUrlFor(filePath: string): string {
	const { url, branch } = siteSettings().repository;
	return `${url.replace(/\/$/, '')}/edit/${branch}/${filePath}`;
}
