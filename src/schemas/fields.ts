/**
 * Field types shared by the collections. Each carries the phrase that
 * completes "expected …" in an error message, so a contributor reads what to
 * write rather than what the validator thought.
 */
import { z } from 'astro/zod';
import { siteLangs } from '../i18n/locales.ts';
import { limits } from './limits.ts';
import { isPartialDate, partialDateExpected } from '../lib/values/partial-date.ts';
import { isTimeZone, parseZonedDateTime, zonedDateTimeExpected } from '../lib/values/zoned-time.ts';

/** Some text: a line or a paragraph, never empty. */
export const text = (expected = 'some text') =>
	z
		.string({ error: expected })
		.trim()
		.min(1, { error: expected })
		.max(limits.textChars, { error: `at most ${limits.textChars} characters (put longer text in the body, below the ---)` });

/** A `http(s)://` or `mailto:` address. */
export const url = z.string({ error: 'a web address starting with https://' }).regex(/^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/, {
	error: 'a web address starting with https:// (or mailto:)',
});

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 3166-1 alpha-2 country code, such as `LA` or `NG`; its name comes from Unicode data. */
export const country = z
	.string({ error: 'a two-letter country code such as LA (Lao PDR) or NG (Nigeria)' })
	.refine((code) => /^[A-Z]{2}$/.test(code) && regions.of(code) !== undefined, {
		error: 'a two-letter country code in capitals, such as LA (Lao PDR) or NG (Nigeria)',
	});

/** A language tag such as `lo`, `en` or `ha`. */
export const language = z
	.string({ error: 'a language code such as lo (Lao) or en (English)' })
	.refine((tag) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(tag) && languages.of(tag) !== undefined, {
		error: 'a language code such as lo (Lao) or en (English)',
	});

/** Text given in every language of the site. */
export const localized = (expected = 'some text') =>
	z.object(
		Object.fromEntries(siteLangs.map((lang) => [lang, text(expected)])) as Record<(typeof siteLangs)[number], ReturnType<typeof text>>,
		{ error: `${expected} in each language of the site (${siteLangs.join(', ')})` },
	);

/** Text given in the site's first language, and optionally in the others. */
export const localizedOptional = (expected = 'some text') => {
	const [first, ...rest] = siteLangs;
	return z.object(
		{
			[first]: text(expected),
			...Object.fromEntries(rest.map((lang) => [lang, text(expected).optional()])),
		} as { en: ReturnType<typeof text> } & Record<string, z.ZodOptional<ReturnType<typeof text>>>,
		{ error: `${expected}, at least in ${first}` },
	);
};

/**
 * Text readers see, in one language or in several: a plain value is in the
 * site's first language; `{ en: …, lo: … }` gives it in each language
 * written, and a page in a language without it shows another, marked.
 */
export const inLanguages = <T extends z.ZodType<string, string>>(one: T, expected: string) => {
	const perLanguage = z
		.strictObject(
			Object.fromEntries(siteLangs.map((lang) => [lang, one.optional()])) as Record<(typeof siteLangs)[number], z.ZodOptional<T>>,
		)
		.refine((texts) => Object.values(texts).some((value) => value !== undefined), {
			error: `${expected} in at least one language (${siteLangs.join(', ')})`,
			// An unknown language is reported alone: that one line says what to fix.
			when: (payload) => payload.issues.length === 0,
		});
	const either = z.union([one, perLanguage], {
		error: `${expected}, or the text in each language, like { ${siteLangs.map((lang) => `${lang}: …`).join(', ')} }`,
	});
	inLanguagesFields.add(either);
	return either;
};

/** The schemas made by `inLanguages`, so a form can write a text under the language it was written in. */
export const inLanguagesFields = new WeakSet<z.ZodType>();

/** `2023`, `2023-06` or `2023-06-30`. YAML reads a bare year as a number; accept it. */
export const partialDate = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value),
	z.string({ error: partialDateExpected }).refine(isPartialDate, { error: partialDateExpected }),
);

/** `YYYY-MM`: a calendar month. */
export const month = z
	.string({ error: 'a month written as 2026-10' })
	.refine((m) => /^\d{4}-\d{2}$/.test(m) && isPartialDate(m), { error: 'a month written as 2026-10' });

/** A date and time with its zone, turned into the instant it names. */
export const zonedDateTime = z.string({ error: zonedDateTimeExpected }).transform((value, ctx) => {
	const parsed = parseZonedDateTime(value);
	if (!parsed.ok) {
		ctx.issues.push({ code: 'custom', message: parsed.expected, input: value });
		return z.NEVER;
	}
	return parsed.instant;
});

/** An IANA time zone such as `Asia/Vientiane`. */
export const timeZone = z
	.string({ error: 'a time zone such as Asia/Vientiane or Africa/Lagos' })
	.refine(isTimeZone, { error: 'a time zone such as Asia/Vientiane or Africa/Lagos' });

/** Marks an invented entry: shown with a "sample entry" notice everywhere it appears. */
export const sample = z.boolean({ error: 'true or false' }).default(false);

/** An unpublished entry: checked, but kept out of the site, search, feeds and sitemap. */
export const draft = z.boolean({ error: 'true or false' }).default(false);
