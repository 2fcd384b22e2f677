import { z } from 'astro/zod';
import { localized, text, url } from './fields.ts';

/** `content/site.yaml`: what a network changes to make the site its own. */
export const siteSchema = z.strictObject({
	title: localized('the site’s name'),
	description: localized('a sentence describing the site'),
	/** Where the site is published; `SITE_URL` overrides it at build time. */
	url: url,
	/** The repository that holds the content, for edit links and the submission form. */
	repository: z.strictObject({
		url: url,
		branch: text('the branch name').default('main'),
	}),
	/** The network secretariat's contact, shown in the footer. */
	contact: text('an e-mail address or web address').optional(),
});

export type SiteSettings = z.output<typeof siteSchema>;
