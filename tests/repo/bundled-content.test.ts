/**
 * Facts in the bundled content that were once wrong and are easy to get
 * wrong again: a fork's content is judged by npm run check, these only by
 * someone who knows the networks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site-build.ts';

const organisations = readdirSync(join(projectRoot, 'content/organisations'))
	.filter((file) => file.endsWith('.md'))
	.map((file) => {
		const text = readFileSync(join(projectRoot, 'content/organisations', file), 'utf-8');
		return { file, data: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { name: string; website?: string } };
	});

describe('the bundled organisations', () => {
	it('link to their own website, not to that of the global network a national alliance belongs to', () => {
		// The SUN Civil Society Network's site; SUN CSA Lao PDR is one of its members, with an address of its own.
		const network = 'suncivilsociety.com';
		const linked = organisations.filter((o) => o.data.website && new URL(o.data.website).hostname.endsWith(network));
		expect(linked.map((o) => `${o.file}: ${o.data.name} → ${o.data.website}`)).toEqual([]);
	});
});
