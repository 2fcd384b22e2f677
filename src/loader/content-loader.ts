/**
 * Astro loaders for the contributor collections. They read files with the
 * same parser as `npm run check`, so the build and the checker can never
 * disagree about what a file says, and they clean the HTML of every body.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listMarkdownEntries } from './files.ts';
import { parseMarkdownFile, parseYaml } from './frontmatter.ts';
import { isDraft } from './draft.ts';
import { localImagePaths, type HtmlCleaner } from './rendered.ts';

/**
 * Drafts are loaded by `astro dev` only, the one command that watches files:
 * they never reach a build, its search index, feeds or sitemap. Not
 * `import.meta.env.DEV`: loaders run while Astro syncs content, where it is
 * true in a build too.
 */
const includeDrafts = (context: LoaderContext) => context.watcher !== undefined;

type AssetAwareStore = LoaderContext['store'] & {
	addAssetImports?: (assets: string[], filePath: string) => void;
};

/** One entry per Markdown file in `folder`; the file name is the id. */
export function markdownFolderLoader(folder: string, cleaner: HtmlCleaner): Loader {
	return {
		name: 'peer-learning-hub:markdown-folder',
		async load(context) {
			const { config, store, watcher } = context;
			const root = fileURLToPath(config.root);

			const syncFile = async (id: string, file: string, absolute: string) => {
				const source = await readFile(absolute, 'utf-8');
				const digest = context.generateDigest(`sanitizer ${cleaner.version}\n${source}`);
				const existing = store.get(id);
				if (existing?.digest === digest && (includeDrafts(context) || !isDraft(existing.data))) {
					if (existing.assetImports?.length) {
						(store as AssetAwareStore).addAssetImports?.(existing.assetImports, file);
					}
					return true;
				}
				// `npm run check` has already reported any syntax error with its line.
				const { data, body } = parseMarkdownFile(source);
				if (isDraft(data) && !includeDrafts(context)) return false;
				const parsed = await context.parseData({ id, data: data as Record<string, unknown>, filePath: file });
				const markdown = body.trim() ? await context.renderMarkdown(body, { fileURL: pathToFileURL(absolute) }) : undefined;
				// These collections take pull requests from anyone: their HTML is cleaned after Markdown is rendered,
				// where every raw HTML block has become part of the output the sanitiser parses.
				const rendered = markdown && {
					...markdown,
					html: cleaner.clean(markdown.html, { localImages: localImagePaths(markdown.metadata) }),
				};
				store.set({
					id,
					data: parsed,
					body,
					filePath: file,
					digest,
					rendered,
					assetImports: rendered?.metadata?.imagePaths,
				});
				return true;
			};

			const seen = new Set<string>();
			for (const { id, file, absolute } of listMarkdownEntries(root, folder)) {
				if (await syncFile(id, file, absolute)) seen.add(id);
			}
			for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

			if (!watcher) return;
			const dir = join(root, folder);
			watcher.add(dir);
			const reload = async (changed: string) => {
				if (!changed.startsWith(dir) || !changed.endsWith('.md')) return;
				const entry = listMarkdownEntries(root, folder).find((e) => e.absolute === changed);
				if (entry && !(await syncFile(entry.id, entry.file, entry.absolute))) store.delete(entry.id);
			};
			watcher.on('change', (changed) => void reload(changed));
			watcher.on('add', (added) => void reload(added));
			watcher.on('unlink', (removed) => {
				const id = removed.split(/[\\/]/).pop()?.replace(/\.md$/, '');
				if (removed.startsWith(dir) && id) store.delete(id);
			});
		},
	};
}

/** One entry per item of the YAML list in `file`; each item has an `id`. */
export function yamlListLoader(file: string): Loader {
	return {
		name: 'peer-learning-hub:yaml-list',
		async load(context) {
			const { config, store, watcher } = context;
			const absolute = join(fileURLToPath(config.root), file);
			const sync = async () => {
				const source = await readFile(absolute, 'utf-8');
				const digest = context.generateDigest(source);
				const items = parseYaml(source).data;
				store.clear();
				// parseData holds each item to the collection's schema.
				for (const item of (Array.isArray(items) ? items : []) as Record<string, unknown>[]) {
					const id = String(item.id);
					store.set({ id, data: await context.parseData({ id, data: item, filePath: file }), filePath: file, digest });
				}
			};
			await sync();
			if (!watcher) return;
			watcher.add(absolute);
			watcher.on('change', (changed) => {
				if (changed === absolute) void sync();
			});
		},
	};
}
