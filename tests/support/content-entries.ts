/**
 * The entries of one content folder as their files hold them, read with the
 * loader's own front-matter parser: for tests that judge the built site
 * against its source rather than against itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { projectRoot } from './site-build.ts';

export function contentEntries<Data>(folder: string, root = projectRoot): { file: string; id: string; data: Data }[] {
	const dir = join(root, 'content', folder);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.md'))
		.map((file) => ({ file, id: file.replace(/\.md$/, ''), data: parseMarkdownFile(readFileSync(join(dir, file), 'utf-8')).data as Data }));
}
