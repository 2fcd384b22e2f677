/**
 * Every internal `href`, `src` and absolute `content` URL of a meta tag in
 * the HTML of `dist/`, checked against the files that are there. With a
 * base path, a link must carry it: `/hub/sessions/` is a file, `/sessions/`
 * is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { listDist } from './dist-files.ts';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] };

/** `file: value` for each link that leads to no file. */
export function brokenInternalLinks(dist: string, origin: string, base = '/'): string[] {
	const files = new Set(listDist(dist));
	const exists = (path: string) => {
		if (!path.startsWith(base)) return false;
		const clean = decodeURIComponent(path.slice(base.length).split(/[?#]/)[0]!);
		return clean === '' || files.has(clean) || files.has(`${clean}index.html`) || files.has(`${clean}/index.html`);
	};
	const broken: string[] = [];
	for (const file of [...files].filter((f) => f.endsWith('.html'))) {
		const walk = (node: Node) => {
			for (const { name, value } of node.attrs ?? []) {
				const isLink =
					(name === 'href' && node.nodeName !== 'link') ||
					name === 'src' ||
					(name === 'content' && /^https?:/.test(value) && node.nodeName === 'meta');
				const isStylesheet = node.nodeName === 'link' && name === 'href';
				if (!isLink && !isStylesheet) continue;
				let path: string | undefined;
				if (value.startsWith(origin)) path = value.slice(origin.length);
				else if (value.startsWith('/') && !value.startsWith('//')) path = value;
				else if (!/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(value) && value !== '') path = new URL(value, `https://x${base}${file}`).pathname;
				if (path !== undefined && !exists(path)) broken.push(`${file}: ${value}`);
			}
			for (const child of (node.childNodes ?? []) as Node[]) walk(child);
		};
		walk(parse(readFileSync(join(dist, file), 'utf-8')));
	}
	return broken;
}
