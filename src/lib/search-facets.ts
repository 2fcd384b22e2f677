/** The kinds of page search can return, and the facets it filters by. */
export const searchTypes = [
	'session',
	'brief',
	'series',
	'person',
	'organisation',
	'award',
	'theme',
	'guide',
	'toolkit',
	'glossary',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** Facets in the order the search page shows them. Values are ids; labels come from the content. */
export const searchFacets = ['type', 'theme', 'year', 'language', 'series', 'approach', 'country'] as const;
export type SearchFacet = (typeof searchFacets)[number];
