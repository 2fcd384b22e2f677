// The site's interface strings join Starlight's, so `Astro.locals.t()` knows their keys.
declare namespace StarlightApp {
	type SiteUiStrings = Record<import('../schemas/ui-strings.ts').UiStringKey, string>;
	interface I18n extends SiteUiStrings {}
}
