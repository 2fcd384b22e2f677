/**
 * Starlight's docs loader for the toolkit and guides, with the same cleaning
 * as every other page made from a repository file: each page's HTML goes
 * through the sanitiser after Markdown renders it. A pull request can change
 * `content/docs/` as easily as a recap.
 */
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { localImagePaths, type HtmlCleaner } from './rendered.ts';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

function cleaned(entry: StoredEntry, cleaner: HtmlCleaner): StoredEntry | undefined {
	// An entry rendered later (MDX) would run as code and skip cleaning: it is never kept. `npm run check` refuses such files.
	if (entry.deferredRender) return undefined;
	const rendered = entry.rendered && {
		...entry.rendered,
		html: cleaner.clean(entry.rendered.html, { localImages: localImagePaths(entry.rendered.metadata) }),
	};
	// Starlight compares this digest with the file's own next time: the difference makes it render and clean the page
	// again, so a page rendered before cleaning existed (or under older rules) never comes back from the cache.
	return { ...entry, rendered, digest: `${String(entry.digest)}:sanitizer-${cleaner.version}` };
}

/** The store Starlight writes to, with every entry cleaned on its way in. */
function cleaningStore(store: Store, cleaner: HtmlCleaner): Store {
	return new Proxy(store, {
		get(target, property) {
			if (property === 'set') {
				return (entry: StoredEntry) => {
					const clean = cleaned(entry, cleaner);
					return clean ? target.set(clean) : false;
				};
			}
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

export function cleanDocsLoader(cleaner: HtmlCleaner): Loader {
	const inner = docsLoader();
	return {
		...inner,
		name: 'peer-learning-hub:clean-docs',
		load: (context) => inner.load({ ...context, store: cleaningStore(context.store, cleaner) }),
	};
}
