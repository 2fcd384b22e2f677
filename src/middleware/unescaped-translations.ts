/**
 * Starlight's `t()` HTML-escapes the values it fills into a string, and Astro
 * escapes the whole string again when a page writes it: an organisation
 * called "Citizens' Forum" reached readers as "Citizens&#39; Forum". Every
 * page writes `t()` output through Astro's own escaping (never `set:html`),
 * so values are filled in as they are and escaped once, by Astro.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware((context, next) => {
	const escaping = context.locals.t;
	// i18next types `t` by every key and option it knows; here it is only passed through.
	const call = escaping as unknown as (key: string, options: Record<string, unknown>) => string;
	const t = (key: string, options?: Record<string, unknown>) =>
		call(key, { ...options, interpolation: { escapeValue: false, ...(options?.interpolation as object | undefined) } });
	context.locals.t = Object.assign(t as unknown as typeof escaping, { all: escaping.all, exists: escaping.exists, dir: escaping.dir });
	return next();
});
