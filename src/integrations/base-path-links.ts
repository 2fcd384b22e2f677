import type { HastPluginDefinition } from 'satteri';

/**
 * A Sätteri HAST plugin for sites served below a path (a GitHub Pages
 * project site, say `/hub/`): Markdown written with root links such as
 * `/guides/als/` gets the base in front, as Astro does for its own links.
 */
export function basePathLinks(base: string): HastPluginDefinition {
	const prefix = base.replace(/\/?$/, '/');
	const rewrite = (value: unknown) =>
		typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix)
			? `${prefix}${value.slice(1)}`
			: undefined;
	return {
		name: 'peer-learning-hub:base-path-links',
		element: [
			{
				filter: ['a', 'img'],
				visit(node, ctx) {
					const attribute = node.tagName === 'a' ? 'href' : 'src';
					const value = rewrite(node.properties?.[attribute]);
					if (value) ctx.setProperty(node, attribute, value);
				},
			},
		],
	};
}
