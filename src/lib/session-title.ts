/**
 * A session's title and summary as a reader of a given language should see
 * them: its own words when the session is in the reader's language; the
 * contributor's translation first, with the original beside it, when there is
 * one; otherwise the original, marked as untranslated so the reader knows
 * why they cannot read it.
 */
import type { Session } from '../schemas/session.ts';

export type TitleInLanguage = {
	title: string;
	titleLang: string;
	summary?: string | undefined;
	summaryLang: string;
	/** The session's own title, when a translation is shown first. */
	original?: { title: string; lang: string };
	/** True when the session is in another language and nobody has translated it yet. */
	untranslated: boolean;
};

type Titled = Pick<Session, 'title' | 'summary' | 'lang' | 'translated'>;

export function sessionTitleIn(session: Titled, lang: string): TitleInLanguage {
	const own = { title: session.title, titleLang: session.lang, summary: session.summary, summaryLang: session.lang };
	if (session.lang === lang) return { ...own, untranslated: false };
	const gloss = session.translated?.[lang as keyof NonNullable<Titled['translated']>];
	if (!gloss) return { ...own, untranslated: true };
	return {
		title: gloss.title,
		titleLang: lang,
		...(gloss.summary ? { summary: gloss.summary, summaryLang: lang } : { summary: session.summary, summaryLang: session.lang }),
		original: { title: session.title, lang: session.lang },
		untranslated: false,
	};
}
