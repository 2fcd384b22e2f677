import { z } from 'astro/zod';
import { draft, inLanguages, language, sample, text } from './fields.ts';
import { ref } from './references.ts';

/** How a photo is given: a path beside the file for the command-line tools, an image in Astro. */
export const photoPath = () => z.string({ error: 'the path of an image file, like ./photos/name.jpg' });

/**
 * A presenter, facilitator or volunteer. What the site shows of them is
 * governed by `consent`: without name consent, only role and organisation.
 */
export const personSchema = <Photo extends z.ZodType>(photo: Photo) =>
	z
		.strictObject({
			/**
			 * Their name, as they agreed it may be shown. Leave it out when
			 * `consent.name` is false: anyone who can read the repository can read it.
			 */
			name: text('their name').optional(),
			/**
			 * Their name in Lao script, where it is written differently from `name`;
			 * also used to keep it out of Chatham House recaps.
			 * @example ສົມພອນ ແກ້ວມະນີ
			 */
			nameLo: text('their name in Lao script').optional(),
			organisation: ref('organisations').optional(),
			/**
			 * What they do, shown in place of a name without consent. One text, or one per language.
			 * @example { en: Nutrition Officer, lo: ເຈົ້າໜ້າທີ່ໂພຊະນາການ }
			 */
			role: inLanguages(text('their role, such as Nutrition Officer'), 'their role, such as Nutrition Officer'),
			/**
			 * A sentence or two about them, shown on their page only when they agreed to be named.
			 * One text, or one per language.
			 */
			bio: inLanguages(text('a sentence or two about them'), 'a sentence or two about them').optional(),
			languages: z.array(language, { error: 'a list of language codes such as [lo, en]' }).default([]),
			/** A portrait beside this file. Only with photo consent. */
			photo: photo.optional(),
			consent: z.strictObject(
				{
					/** They agreed that their name may appear on the site. */
					name: z.boolean({ error: 'true or false: did they agree to be named on the site?' }),
					/** They agreed that their photo may appear on the site. @default false */
					photo: z.boolean({ error: 'true or false: did they agree to their photo being shown?' }).default(false),
				},
				{ error: 'consent with name: true or false (and photo: true or false)' },
			),
			sample,
			draft,
		})
		.superRefine((person, ctx) => {
			if (person.consent.name && person.name === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['name'],
					input: undefined,
					message: 'their name, since consent.name is true',
				});
			}
			if (person.photo !== undefined && !person.consent.photo) {
				ctx.addIssue({
					code: 'custom',
					path: ['photo'],
					input: person.photo,
					message: 'no photo unless consent.photo is true; remove the photo or record their consent',
				});
			}
		});

export const personFileSchema = personSchema(photoPath());
export type Person = z.output<typeof personFileSchema>;
