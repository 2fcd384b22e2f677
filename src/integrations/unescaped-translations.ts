/** Registers src/middleware/unescaped-translations.ts after Starlight's, which creates `locals.t`. */
import type { AstroIntegration } from 'astro';

export default function unescapedTranslations(): AstroIntegration {
	return {
		name: 'peer-learning-hub:unescaped-translations',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('../middleware/unescaped-translations.ts', import.meta.url), order: 'post' });
			},
		},
	};
}
