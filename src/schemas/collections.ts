/**
 * Where each collection lives and which schema its files obey. The build,
 * `npm run check`, `npm run new` and the submission form all start here.
 */
import type { z } from 'astro/zod';
import { awardSchema } from './award.ts';
import { briefSchema } from './brief.ts';
import { glossaryTermSchema } from './glossary.ts';
import { organisationSchema } from './organisation.ts';
import { personFileSchema } from './person.ts';
import { planSchema } from './plan.ts';
import type { CollectionName } from './references.ts';
import { seriesSchema } from './series.ts';
import { sessionSchema } from './session.ts';
import { sourceSchema } from './source.ts';
import { themeSchema } from './theme.ts';

export type CollectionSource =
	/** A folder of Markdown files, one entry each; the file name is the id. */
	| { format: 'markdown'; folder: string; schema: z.ZodType }
	/** One YAML file holding a list of entries, each with an `id`. */
	| { format: 'list'; file: string; schema: z.ZodType };

export const contentDir = 'content';

export const collectionSources = {
	briefs: { format: 'markdown', folder: 'content/briefs', schema: briefSchema },
	sessions: { format: 'markdown', folder: 'content/sessions', schema: sessionSchema },
	series: { format: 'markdown', folder: 'content/series', schema: seriesSchema },
	people: { format: 'markdown', folder: 'content/people', schema: personFileSchema },
	organisations: { format: 'markdown', folder: 'content/organisations', schema: organisationSchema },
	awards: { format: 'markdown', folder: 'content/awards', schema: awardSchema },
	plans: { format: 'markdown', folder: 'content/plans', schema: planSchema },
	themes: { format: 'list', file: 'content/themes.yaml', schema: themeSchema },
	glossary: { format: 'list', file: 'content/glossary.yaml', schema: glossaryTermSchema },
	sources: { format: 'list', file: 'content/sources.yaml', schema: sourceSchema },
} as const satisfies Record<CollectionName, CollectionSource>;

export const collectionNames = Object.keys(collectionSources) as CollectionName[];

/** Where a collection's entries are written: `content/sessions/` or `content/themes.yaml`. */
export function placeOf(name: CollectionName): string {
	const source: CollectionSource = collectionSources[name];
	return source.format === 'markdown' ? `${source.folder}/` : source.file;
}
