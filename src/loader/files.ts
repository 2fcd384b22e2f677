import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';

export type EntryFile = {
	/** The entry's id: the file name without its extension. */
	id: string;
	/** Path from the project root, with forward slashes, as messages show it. */
	file: string;
	absolute: string;
};

const toPosix = (path: string) => path.split(sep).join('/');

/** Every file under `folder`, depth first, sorted so that output is stable. */
export function listFiles(root: string, folder: string): string[] {
	const dir = join(root, folder);
	try {
		if (!statSync(dir).isDirectory()) return [];
	} catch {
		return [];
	}
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile() && !dirent.name.startsWith('.'))
		.map((dirent) => toPosix(relative(root, join(dirent.parentPath, dirent.name))))
		.sort();
}

/** The Markdown entries of a collection folder. Files starting with `_` are templates, not entries. */
export function listMarkdownEntries(root: string, folder: string): EntryFile[] {
	return listFiles(root, folder)
		.filter((file) => extname(file) === '.md' && !basename(file).startsWith('_'))
		.map((file) => ({ id: basename(file, '.md'), file, absolute: join(root, file) }));
}
