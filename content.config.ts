/**
 * Astro's view of the content model. The schemas themselves live in
 * `src/schemas/`, where the checker and the command-line tools use them too.
 */
import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { sanitizeHtml, sanitizerVersion } from './src/lib/sanitize-html.ts';
import { markdownFolderLoader as folderLoader, yamlListLoader } from './src/loader/content-loader.ts';
import { cleanDocsLoader } from './src/loader/docs-loader.ts';
import { collectionSources as sources } from './src/schemas/collections.ts';
import { docsExtension } from './src/schemas/docs.ts';
import { uiStringsExtension } from './src/schemas/ui-strings.ts';
import { personSchema } from './src/schemas/person.ts';

/** Every collection a pull request can change is cleaned by the one sanitiser. */
const cleaner = { version: sanitizerVersion, clean: sanitizeHtml };
const markdownFolderLoader = (folder: string) => folderLoader(folder, cleaner);

export const collections = {
	docs: defineCollection({ loader: cleanDocsLoader(cleaner), schema: docsSchema({ extend: docsExtension }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsExtension }) }),
	briefs: defineCollection({ loader: markdownFolderLoader(sources.briefs.folder), schema: sources.briefs.schema }),
	sessions: defineCollection({
		loader: markdownFolderLoader(sources.sessions.folder),
		schema: sources.sessions.schema,
	}),
	series: defineCollection({ loader: markdownFolderLoader(sources.series.folder), schema: sources.series.schema }),
	people: defineCollection({
		loader: markdownFolderLoader(sources.people.folder),
		schema: ({ image }) => personSchema(image()),
	}),
	organisations: defineCollection({
		loader: markdownFolderLoader(sources.organisations.folder),
		schema: sources.organisations.schema,
	}),
	awards: defineCollection({ loader: markdownFolderLoader(sources.awards.folder), schema: sources.awards.schema }),
	plans: defineCollection({ loader: markdownFolderLoader(sources.plans.folder), schema: sources.plans.schema }),
	themes: defineCollection({ loader: yamlListLoader(sources.themes.file), schema: sources.themes.schema }),
	glossary: defineCollection({ loader: yamlListLoader(sources.glossary.file), schema: sources.glossary.schema }),
	sources: defineCollection({ loader: yamlListLoader(sources.sources.file), schema: sources.sources.schema }),
};
