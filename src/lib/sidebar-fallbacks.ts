/**
 * A page with no translation is shown in a language's sidebar under its
 * title in the language it is written in (Starlight's fallback content).
 * Marking those links with that language lets a screen reader read the
 * English title of an untranslated toolkit page in an English voice, not
 * with Lao pronunciation, as WCAG's "language of parts" asks.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Gives the links in `entries` (groups included) whose address is in `hrefs` the `lang` attribute `lang`. */
export function markFallbackLinks(entries: SidebarEntry[], hrefs: ReadonlySet<string>, lang: string): void {
	for (const entry of entries) {
		if (entry.type === 'group') markFallbackLinks(entry.entries, hrefs, lang);
		else if (hrefs.has(entry.href)) entry.attrs = { ...entry.attrs, lang };
	}
}
