/**
 * The Content-Security-Policy of a built page. Scripts may come from the site
 * itself, or be inline scripts whose exact text the site's own code wrote:
 * the `is:inline` scripts of its components and Starlight's, and the small
 * bundles Astro inlines. Those hashes are gathered from the code, never from
 * page text, so a script that content smuggled into a page is not approved
 * by the policy that is meant to stop it.
 *
 * Styles may be inline, as Starlight sets some as attributes; content cannot
 * add any, since the sanitiser removes style attributes from contributions.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { videoHosts } from './sanitize-html.ts';

export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** The bodies of the `<script is:inline>` elements of an Astro component's source, which Astro writes out as they are. */
export function inlineScriptsOfComponent(source: string): string[] {
	return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** The inline scripts a browser would run on the page, as it parses them (text inside an attribute is no script). */
export function inlineScriptsOfPage(html: string): string[] {
	const scripts: string[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && node.tagName === 'script') {
			const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
			const type = attrs.get('type')?.toLowerCase();
			const runs = !attrs.has('src') && (type === undefined || type === '' || type === 'module' || type.endsWith('javascript'));
			if (runs) scripts.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
			return;
		}
		if ('content' in node) walk(node.content as Node);
		if ('childNodes' in node) for (const child of node.childNodes) walk(child);
	};
	walk(parse(html));
	return scripts;
}

export type PolicyResult = { html: string; blocked: number };

/**
 * The page with its policy as the first element of <head>, before any script
 * it governs: its inline scripts are approved only when `ownScripts` (hashes
 * of the site's code) has them. `blocked` counts those that are not.
 */
export function withPolicy(html: string, ownScripts: ReadonlySet<string>): PolicyResult {
	const onPage = [...new Set(inlineScriptsOfPage(html).map(scriptHash))];
	const approved = onPage.filter((hash) => ownScripts.has(hash)).sort();
	const frames = videoHosts.map((url) => new URL(url).origin);
	const policy = [
		"default-src 'self'",
		// Pagefind compiles WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${approved.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		`frame-src ${frames.join(' ')}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
	return {
		html: html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`),
		blocked: onPage.length - approved.length,
	};
}
