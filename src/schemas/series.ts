import { z } from 'astro/zod';
import { siteLangs } from '../i18n/locales.ts';
import { country, draft, inLanguages, language, partialDate, sample, text, timeZone, url } from './fields.ts';
import { ref } from './references.ts';

export const cadences = ['weekly', 'monthly', 'bi-monthly', 'ad-hoc'] as const;

const joinText = text('how to join');

/** The ways in, each shown on the series page and in invitations. */
const join = z.strictObject(
	{
		/**
		 * The WhatsApp group's invite link. Anyone who reads it can join: publish it only for an open group.
		 * @example https://chat.whatsapp.com/AbCdEfGhIjK
		 */
		whatsapp: z
			.string({ error: 'a WhatsApp invite link such as https://chat.whatsapp.com/AbCdEfGhIjK' })
			.regex(/^https:\/\/(chat\.whatsapp\.com|wa\.me)\/[^\s<>"]+$/, {
				error: 'a WhatsApp invite link such as https://chat.whatsapp.com/AbCdEfGhIjK',
			})
			.optional(),
		/** Who to write to. @example hangouts@example.org */
		email: z.email({ error: 'an email address such as hangouts@example.org' }).optional(),
		/** A registration form. @example https://forms.example.org/friday-hangouts */
		form: url.optional(),
		/**
		 * How to join, in a language of the site; `joinInfo` is shown where a language has none.
		 * @example { en: Ask to be added to the group., lo: ຂໍໃຫ້ເພີ່ມທ່ານເຂົ້າກຸ່ມ. }
		 */
		text: z
			.strictObject(
				Object.fromEntries(siteLangs.map((lang) => [lang, joinText.optional()])) as Record<
					(typeof siteLangs)[number],
					z.ZodOptional<typeof joinText>
				>,
			)
			.optional(),
	},
	{ error: 'whatsapp, email, form and text (each optional)' },
);

/** A hangout series or a Peer Learning Platform group. */
export const seriesSchema = z.strictObject({
	/** @example SUN CSA Friday Nutrition Hangouts */
	name: text('the series’ name'),
	/** A short name for cards and tight spaces. @example Friday Hangouts */
	shortName: text('a short name').max(40, { error: 'at most 40 characters' }).optional(),
	/** @example SUN Civil Society Alliance Lao PDR */
	network: text('the network that runs it'),
	country,
	cadence: z.enum(cadences, { error: `one of ${cadences.join(', ')}` }),
	/** The language sessions are held in. */
	lang: language,
	/** Times are shown in this zone. @example Asia/Vientiane */
	timezone: timeZone,
	/** How to take part: who to contact, where invitations are posted. */
	joinInfo: joinText,
	/** WhatsApp group, email, registration form and per-language text. */
	join: join.optional(),
	/** A sentence or two about the series. One text, or one per language. */
	description: inLanguages(text('a sentence or two about the series'), 'a sentence or two about the series'),
	/** The organisation that runs it. */
	host: ref('organisations').optional(),
	/** When it began. @example 2020 */
	started: partialDate.optional(),
	sample,
	draft,
});

export type Series = z.output<typeof seriesSchema>;
