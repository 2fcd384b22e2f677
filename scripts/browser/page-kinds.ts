/**
 * One page of every kind the bundled site has, and how a reader gets it into
 * the state worth looking at. The accessibility pass, the layout checks and
 * `npm run screenshots` all walk this one list, so a new kind of page is
 * checked everywhere once it is added here.
 */
import type { Page } from 'playwright-core';
import { prefixOf, siteLangs, type SiteLang } from '../../src/i18n/locales.ts';
import { searchShown } from './search-ui.ts';

export type PageKind = {
	/** A short name, used for screenshot files and test titles. */
	name: string;
	/** The English address; the Lao one is the same under `/lo`. */
	path: string;
	/** What a reader does once the page has loaded, before it is looked at. */
	prepare?: (page: Page) => Promise<void>;
};

/**
 * The clock pages are built and looked at with: upcoming sessions stay
 * upcoming, whatever today's date, so the pages below stay the same.
 */
export const pageKindsNow = '2026-11-22T00:00:00Z';

const searched = (page: Page) => searchShown(page);

export const pageKinds: PageKind[] = [
	{ name: 'home', path: '/' },
	{ name: 'sessions', path: '/sessions/' },
	{ name: 'session-past', path: '/sessions/2026-04-16-monthly-financial-reporting-to-the-board/' },
	{ name: 'session-upcoming', path: '/sessions/2026-12-04-nutrition-messages-on-social-media/' },
	{ name: 'session-lao', path: '/sessions/2026-02-12-keeping-staff-when-grants-end/' },
	{ name: 'briefs', path: '/briefs/' },
	{ name: 'brief', path: '/briefs/friday-nutrition-hangouts/' },
	{ name: 'series-index', path: '/series/' },
	{ name: 'series', path: '/series/sun-csa-lao-friday-hangouts/' },
	{ name: 'people', path: '/people/' },
	{ name: 'person', path: '/people/bounmy-phetsavanh/' },
	{ name: 'person-without-consent', path: '/people/provincial-volunteer-savannakhet/' },
	{ name: 'benchmarks', path: '/benchmarks/' },
	{ name: 'benchmark', path: '/benchmarks/2026-04-16-monthly-financial-reporting-to-the-board/' },
	{ name: 'organisation-with-commitments', path: '/organisations/riverside-health-advocates/' },
	{ name: 'organisations', path: '/organisations/' },
	{ name: 'organisation', path: '/organisations/save-the-children/' },
	{ name: 'awards', path: '/awards/' },
	{ name: 'award', path: '/awards/2026-09/' },
	{ name: 'themes', path: '/themes/' },
	{ name: 'theme', path: '/themes/nutrition/' },
	{ name: 'glossary', path: '/glossary/' },
	{ name: 'toolkit', path: '/toolkit/' },
	{ name: 'toolkit-page', path: '/toolkit/establish/' },
	{ name: 'guide', path: '/guides/als/' },
	{ name: 'search-results', path: '/search/?q=benchmark', prepare: searched },
	{
		name: 'search-filters',
		path: '/search/?q=nutrition',
		prepare: async (page) => {
			await searched(page);
			await page.locator('[data-facets] > summary').click();
			await page.locator('[data-facets][open]').waitFor();
			// The counts beside the filters are worked out once the filters are open.
			await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].every((count) => count.textContent !== ''));
		},
	},
	{ name: 'contribute', path: '/contribute/' },
	// No such page: the host answers with the one 404 file, whatever the language.
	{ name: 'not-found', path: '/no-such-page/' },
];

export type Lang = SiteLang;
export const langs: readonly Lang[] = siteLangs;

/** The address of a page kind in a language. */
export const pathIn = (kind: PageKind, lang: Lang) => (prefixOf(lang) ? `/${prefixOf(lang)}${kind.path}` : kind.path);
