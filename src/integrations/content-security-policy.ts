/** Adds each page's Content-Security-Policy after the build, from the page's final HTML. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/content-security-policy.ts';
import { htmlFiles } from './search-index.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'peer-learning-hub:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const files = htmlFiles(fileURLToPath(dir));
				for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf-8')));
				logger.info(`Content-Security-Policy added to ${files.length} pages.`);
			},
		},
	};
}
