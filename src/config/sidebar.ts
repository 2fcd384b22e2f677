/**
 * The sidebar: the toolkit and guides (generated from `content/docs/`), then
 * the collections. Labels come from the interface strings, so each language
 * reads its own.
 */
import { readUiStrings } from '../loader/ui-strings-files.ts';
import { defaultLang, siteLangs } from '../i18n/locales.ts';

export function buildSidebar(root: string) {
	const strings = readUiStrings(root);
	const label = (key: string) => ({
		label: strings.get(defaultLang, key) ?? key,
		translations: Object.fromEntries(
			siteLangs
				.filter((lang) => lang !== defaultLang)
				.flatMap((lang) => {
					const value = strings.get(lang, key);
					return value ? [[lang, value]] : [];
				}),
		),
	});
	const link = (key: string, path: string) => ({ ...label(key), link: path });
	return [
		{ ...label('nav.toolkit'), items: [{ autogenerate: { directory: 'toolkit' } }] },
		{ ...label('nav.guides'), items: [{ autogenerate: { directory: 'guides' } }] },
		{
			...label('nav.browse'),
			items: [
				link('nav.sessions', '/sessions/'),
				link('nav.briefs', '/briefs/'),
				link('nav.series', '/series/'),
				link('nav.benchmarks', '/benchmarks/'),
				link('nav.awards', '/awards/'),
				link('nav.people', '/people/'),
				link('nav.organisations', '/organisations/'),
				link('nav.themes', '/themes/'),
				link('nav.numbers', '/numbers/'),
				link('nav.glossary', '/glossary/'),
				link('nav.contribute', '/contribute/'),
			],
		},
	];
}
