/**
 * Facts in the bundled content that were once wrong and are easy to get
 * wrong again: a fork's content is judged by npm run check, these only by
 * someone who knows the networks.
 */
import { describe, expect, it } from 'vitest';
import { contentEntries } from '../support/content-entries.ts';

const organisations = contentEntries<{ name: string; website?: string; networks?: string[] }>('organisations');

describe('the bundled organisations', () => {
	it('link to their own website, not to that of a network they belong to', () => {
		// SUN CSA Lao PDR once linked to the SUN Civil Society Network's site, the global network it is a member of.
		const host = (url: string | undefined) => (url ? new URL(url).hostname.replace(/^www\./, '') : undefined);
		const networkHosts = new Map(organisations.map((o) => [o.data.name, host(o.data.website)]));
		expect(organisations.some((o) => o.data.networks?.some((n) => networkHosts.get(n)))).toBe(true);
		const borrowed = organisations.filter(
			(o) => o.data.website && o.data.networks?.some((n) => networkHosts.get(n) === host(o.data.website)),
		);
		expect(borrowed.map((o) => `${o.file}: ${o.data.name} → ${o.data.website}`)).toEqual([]);
	});
});
