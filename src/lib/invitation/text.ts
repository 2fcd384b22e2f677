/**
 * Invitation and reminder texts for an upcoming session, ready to paste into
 * a WhatsApp group or a Facebook post. Plain strings in, plain text out: the
 * page gives the words in the session's language.
 */

export type Invitation = {
	title: string;
	/** "Friday, 4 December 2026". */
	date: string;
	/** "14:00 (Indochina Time, GMT+7)". */
	time: string;
	/** Presenters as they may be named; empty for a Chatham House session. */
	presenters: string[];
	/** How to join, one line each (the meeting link while upcoming, the series' ways in). */
	join: string[];
	url: string;
	words: {
		/** "Presented by {{names}}". */
		presentedBy: (names: string) => string;
		/** "Details: {{url}}". */
		details: (url: string) => string;
		/** "Reminder: tomorrow, {{when}}". */
		tomorrow: (when: string) => string;
	};
};

const lines = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => Boolean(p)).join('\n');

/** "Presented by …", or nothing when no presenter may be named. */
export const presenterLine = (invitation: Invitation): string | undefined =>
	invitation.presenters.length > 0 ? invitation.words.presentedBy(invitation.presenters.join(', ')) : undefined;

/** WhatsApp: the title in *bold*, which WhatsApp renders; one fact a line. */
export function whatsappText(invitation: Invitation): string {
	const { words } = invitation;
	return lines(
		`*${invitation.title}*`,
		`${invitation.date}, ${invitation.time}`,
		presenterLine(invitation),
		...invitation.join,
		words.details(invitation.url),
	);
}

/** Facebook shows asterisks as they are: the same facts, no markup. */
export function facebookText(invitation: Invitation): string {
	return whatsappText(invitation).replace(/^\*(.*)\*$/m, '$1');
}

/** The day before: short, with the time and the way in first. */
export function reminderText(invitation: Invitation): string {
	return lines(
		invitation.words.tomorrow(`${invitation.date}, ${invitation.time}`),
		`*${invitation.title}*`,
		...invitation.join,
		invitation.words.details(invitation.url),
	);
}

/** A link that opens WhatsApp with the text ready to send to a chat or group. */
export const whatsappShareUrl = (text: string): string => `https://wa.me/?text=${encodeURIComponent(text)}`;
