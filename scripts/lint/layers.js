/**
 * The layers of ../shared/ARCHITECTURE.md as an ESLint rule: a module imports
 * from its own layer or a layer below it, never from above, so data flows one
 * way (content → schemas → loader → lib → check/config → pages → scripts).
 * A backward import fails `npm run lint` with both layers named.
 */
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Folders by layer, most specific first; a file outside all of them is not checked. */
const layers = [
	{ layer: 6, name: 'scripts', folders: ['scripts/', 'astro.config.mjs'] },
	{
		layer: 5,
		name: 'pages and browser code',
		folders: ['pages/', 'src/components/', 'src/integrations/', 'src/scripts/', 'src/middleware/'],
	},
	{ layer: 4, name: 'check', folders: ['src/check/'] },
	{ layer: 4, name: 'config', folders: ['src/config/'] },
	// Leaf modules that parse and format single values and import nothing of the project: the schemas share them.
	{ layer: 1, name: 'value parsers', folders: ['src/lib/values/'] },
	{ layer: 3, name: 'lib', folders: ['src/lib/'] },
	{ layer: 2, name: 'loader', folders: ['src/loader/'] },
	{ layer: 1, name: 'schemas and strings', folders: ['src/schemas/', 'src/i18n/'] },
	{ layer: 0, name: 'content', folders: ['content/'] },
];

const layerOf = (path) => {
	const inRepo = relative(root, path).replaceAll('\\', '/');
	// Tests sit beside what they test and may import from any layer.
	if (inRepo.startsWith('tests/') || /\.test\.ts$/.test(inRepo)) return { layer: Infinity, name: 'tests', tests: true };
	return layers.find((entry) => entry.folders.some((folder) => inRepo === folder || inRepo.startsWith(folder)));
};

/** Beyond the order of layers: the settings never read through the checker (it validates them). */
const forbiddenSideways = [{ from: 'config', to: 'check' }];

/**
 * Backward imports known and not yet undone, each with its way out. The list
 * only shrinks: a new backward import fails lint.
 */
const knownDebts = new Map([
	[
		'src/lib/site-cards.ts -> src/config/site-settings.ts',
		'cards read the site name and host from the settings; pages should pass them in',
	],
]);

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
	meta: {
		type: 'problem',
		docs: { description: 'Imports follow the layers of ARCHITECTURE.md: never from a layer above, never from tests/' },
		schema: [],
	},
	create(context) {
		const file = context.filename;
		const own = layerOf(file);
		if (!own || own.tests) return {};
		const check = (node, specifier) => {
			if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
			const target = layerOf(resolve(dirname(file), specifier));
			if (!target) return;
			const where = relative(root, resolve(dirname(file), specifier));
			if (knownDebts.has(`${relative(root, file)} -> ${where}`)) return;
			if (target.tests) {
				context.report({
					node,
					message: `${own.name} imports ${where}: nothing outside tests/ imports tests/; move shared code to scripts/ or src/lib/`,
				});
			} else if (target.layer > own.layer) {
				context.report({
					node,
					message: `${own.name} (layer ${own.layer}) imports ${where} from ${target.name} (layer ${target.layer}): a module imports only from its own layer or below`,
				});
			} else if (forbiddenSideways.some((rule) => rule.from === own.name && rule.to === target.name)) {
				context.report({
					node,
					message: `${own.name} imports ${where} from ${target.name}: ${own.name} never reads through ${target.name}`,
				});
			}
		};
		return {
			ImportDeclaration: (node) => check(node.source, node.source.value),
			ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
			ExportAllDeclaration: (node) => check(node.source, node.source.value),
			ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
		};
	},
};

export const layersPlugin = { rules: { layers: layersRule } };
