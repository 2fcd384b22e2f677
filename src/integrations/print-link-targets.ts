/** Registers src/middleware/print-link-targets.ts, which marks the links whose targets print after them. */
import type { AstroIntegration } from 'astro';

export default function printLinkTargets(): AstroIntegration {
	return {
		name: 'peer-learning-hub:print-link-targets',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('../middleware/print-link-targets.ts', import.meta.url), order: 'post' });
			},
		},
	};
}
