/** Reading a built `dist/`: every file as text, decompressing Pagefind's gzipped index files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function listDist(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dist, join(d.parentPath, d.name)).split('\\').join('/'))
		.sort();
}

/** The text of a file, gunzipped when it is gzip (as Pagefind's index and fragments are). */
export function readDistText(dist: string, file: string): string {
	const bytes = readFileSync(join(dist, file));
	const content = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
	return content.toString('utf-8');
}

/** The files of `dist/` whose text contains `needle`. */
export function filesContaining(dist: string, needle: string): string[] {
	return listDist(dist).filter((file) => readDistText(dist, file).includes(needle));
}
