// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { defineConfig } from 'astro/config';
import { buildSidebar } from './src/config/sidebar.ts';
import { basePathLinks } from './src/integrations/base-path-links.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import offline from './src/integrations/offline.ts';
import pdfs from './src/integrations/pdf.ts';
import printLinkTargets from './src/integrations/print-link-targets.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareCards from './src/integrations/share-cards.ts';
import unescapedTranslations from './src/integrations/unescaped-translations.ts';
import { readSiteSettings } from './src/config/site.ts';
import { starlightLocales } from './src/i18n/locales.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = readSiteSettings(root);
// A fork on another host, or a GitHub Pages project site, sets these when it builds.
const site = process.env.SITE_URL || settings.url;
const base = process.env.BASE_PATH || '/';
const validateLinks = process.env.PLH_VALIDATE_LINKS === '1';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Readers pay for data: never fetch a page before it is asked for.
	prefetch: false,
	// Starlight reads its docs from `<srcDir>/content/docs/` and nowhere else
	// (for languages, edit links and last-updated dates), so the source root is
	// the repository root: content in `content/`, routes in `pages/`, code in `src/`.
	srcDir: '.',
	markdown: { processor: satteri({ hastPlugins: base === '/' ? [] : [basePathLinks(base)] }) },
	integrations: [
		starlight({
			title: settings.title,
			description: settings.description.en,
			defaultLocale: 'root',
			// pages/404.astro speaks every language of the site; Starlight's speaks only the default one.
			disable404Route: true,
			locales: starlightLocales(),
			sidebar: buildSidebar(root),
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			// No code blocks in this site's content: skip Expressive Code's CSS and JavaScript.
			expressiveCode: false,
			// The index is built by ./src/integrations/search-index.ts, which splits Lao text into words first.
			pagefind: false,
			lastUpdated: true,
			editLink: { baseUrl: `${settings.repository.url}/edit/${settings.repository.branch}/` },
			routeMiddleware: './src/route-data.ts',
			// Links in the toolkit and guides must lead somewhere; the pages built from collections are checked by the
			// link crawl test. The validator clears Astro's content cache on every build, so it runs where links are
			// judged (the tests, and CI with PLH_VALIDATE_LINKS=1), not in every local build.
			plugins: validateLinks
				? [
						starlightLinksValidator({
							errorOnFallbackPages: false,
							exclude: ['', 'lo/'].flatMap((locale) =>
								['sessions', 'briefs', 'series', 'people', 'organisations', 'awards', 'themes', 'glossary', 'search', 'contribute'].flatMap(
									(page) => [`/${locale}${page}/`, `/${locale}${page}/**`],
								),
							),
						}),
					]
				: [],
			components: {
				Footer: './src/components/overrides/Footer.astro',
				Header: './src/components/overrides/Header.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
			},
		}),
		unescapedTranslations(),
		// Marks the links whose targets print after them, in the HTML every later step reads.
		printLinkTargets(),
		// Cards first: they take their request blocks out of the pages before search reads them.
		shareCards(),
		// PDFs next: they fill in their links' sizes before the policy hashes and search reads the pages.
		pdfs(),
		// After the cards, which edit pages: the policy hashes each page's final scripts.
		contentSecurityPolicy(),
		searchIndex(),
		// Last: the service workers keep the pages as the integrations above left them, with a revision from their final bytes.
		offline(),
	],
});
