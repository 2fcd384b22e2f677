// Type-aware linting for the TypeScript and Astro sources; formatting is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/lint/layers.js';

export default defineConfig(
	globalIgnores(['dist/', '.astro/', 'bench/out/', 'tests/.work/', 'tests/fixtures/', 'node_modules/', 'reports/', '.stryker-tmp/']),
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		plugins: { architecture: layersPlugin },
		rules: { 'architecture/layers': 'error' },
	},
	{
		files: ['**/*.astro', '**/*.mjs', '**/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	prettier,
);
