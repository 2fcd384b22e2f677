/** The pages of a built site, for the steps that read or rewrite them after Astro has written them. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under `dir`, in a stable order, so every step sees the pages in the same order on every machine. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => join(d.parentPath, d.name))
		.sort();
}
