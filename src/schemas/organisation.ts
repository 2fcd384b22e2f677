import { z } from 'astro/zod';
import { country, draft, sample, text, url } from './fields.ts';

export const organisationKinds = ['cso', 'ingo', 'un', 'government', 'donor', 'network', 'other'] as const;

export const organisationSchema = z.strictObject({
	/** @example Save the Children */
	name: text('the organisation’s name'),
	/** @example SUN CSA */
	acronym: text('a short name').optional(),
	/** Civil society organisation, international NGO, UN agency, government, donor, network or other. */
	kind: z.enum(organisationKinds, { error: `one of ${organisationKinds.join(', ')}` }),
	country: country.optional(),
	/** A state, province or region within the country. @example Kaduna */
	region: text('a region').optional(),
	website: url.optional(),
	/** Networks it belongs to. @example [SUN Civil Society Alliance Lao PDR] */
	networks: z.array(text('a network name'), { error: 'a list of network names' }).default([]),
	/**
	 * The organisation agreed that the commitments and benchmarks it makes at open sessions may carry its
	 * name. Without it, pages show how many it made and how they went, never what or which.
	 * @default false
	 */
	nameOnCommitments: z.boolean({ error: 'true or false: may its commitments carry its name?' }).default(false),
	sample,
	draft,
});

export type Organisation = z.output<typeof organisationSchema>;
