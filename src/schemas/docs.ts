import { z } from 'astro/zod';
import { language } from './fields.ts';
import { ref } from './references.ts';

export const docKinds = ['principle', 'how-to', 'guide', 'template', 'reference'] as const;
export const docApproaches = ['als', 'bmc'] as const;

/** What the toolkit and guide pages add to Starlight's frontmatter. */
export const docsExtension = z.object({
	kind: z.enum(docKinds, { error: `one of ${docKinds.join(', ')}` }),
	/** The peer-learning approach a guide explains. */
	approach: z.enum(docApproaches, { error: `one of ${docApproaches.join(', ')}` }).optional(),
	/** Themes the page is filed under, so the theme's page and the themes index list it: ids from `content/themes.yaml`. */
	themes: z.array(ref('themes'), { error: 'a list of theme ids' }).default([]),
	/** Documents the page draws on, credited at its foot: ids from `content/sources.yaml`. */
	sources: z.array(ref('sources'), { error: 'a list of source ids' }).default([]),
	/** The language of the title, where it differs from the page's (a Lao session on an English page). */
	titleLang: language.optional(),
});
