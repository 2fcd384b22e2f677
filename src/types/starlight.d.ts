// The site's interface strings join Starlight's, so `Astro.locals.t()` knows their keys.
declare namespace StarlightApp {
	type SiteUiStrings = Record<import('../schemas/ui-strings.ts').UiStringKey, string>;
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- only an interface merges into Starlight's own I18n
	interface I18n extends SiteUiStrings {}
}
