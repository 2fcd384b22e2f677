/**
 * The Content-Security-Policy of a built page: scripts only from the site
 * itself or inline scripts whose exact text the build produced (by hash), so
 * anything else that found its way into a page cannot run. Styles may be
 * inline, as Starlight sets some as attributes; content cannot add any, since
 * the sanitiser removes style attributes from contributions.
 */
import { createHash } from 'node:crypto';
import { videoHosts } from './sanitize-html.ts';

const inlineScript = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
/** Script elements a browser never runs: data blocks. */
const dataBlock = /\btype=["']?(application\/(ld\+)?json|text\/plain)/i;

export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes = '', body = ''] of html.matchAll(inlineScript)) {
		if (/\bsrc=/i.test(attributes) || dataBlock.test(attributes)) continue;
		hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
	}
	return [...hashes].sort();
}

export function policyFor(html: string): string {
	const frames = videoHosts.map((url) => new URL(url).origin);
	return [
		"default-src 'self'",
		// Pagefind compiles WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		`frame-src ${frames.join(' ')}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The page with its policy as the first element of <head>, before any script it governs. */
export function withPolicy(html: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
	return html.replace(/<head>/i, `<head>${meta}`);
}
