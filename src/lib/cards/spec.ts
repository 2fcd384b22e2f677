/**
 * What a share card says, as plain data: pages describe their cards with
 * this, and the renderer turns it into a PNG. Changing how cards look means
 * raising `cardDesignVersion`, so cached cards are drawn again.
 */
export const cardDesignVersion = 11;

export const cardSizes = {
	/** Open Graph: Facebook, WhatsApp and link previews. */
	link: { width: 1200, height: 630 },
	/** A Facebook or Instagram post. */
	square: { width: 1080, height: 1080 },
} as const;
export type CardSize = keyof typeof cardSizes;

export type CardTemplate = 'session' | 'brief' | 'doc' | 'person' | 'award' | 'page' | 'invitation';

export type CardPerson = {
	/** The name, or role and organisation without name consent. */
	label: string;
	detail?: string | undefined;
	initials: string;
	/** The photo file, from the project root; only with photo consent. */
	photo?: string | undefined;
};

export type CardSpec = {
	template: CardTemplate;
	size: CardSize;
	/** The language of the card's interface text (labels, dates). */
	lang: string;
	/** The small line above the title: kind of page and its context. */
	kicker: string;
	title: string;
	/** The language of the title, when it differs from `lang`. */
	titleLang?: string | undefined;
	/** Facts under the title, one per line: date and time, approach, presenter. */
	lines?: string[];
	/** A quotation or summary in smaller type (the award citation). */
	quote?: string | undefined;
	person?: CardPerson | undefined;
	/** A QR code that opens `url`, with a short caption under it ("Scan for details"). */
	qr?: { url: string; caption: string } | undefined;
	/** Shown as a badge on invented entries. */
	sampleLabel?: string | undefined;
	/** The site's name and address, in the footer. */
	site: { name: string; host: string };
};

/**
 * A card a page shows. `drawnForOtherLanguage`: the card belongs to the same
 * page in another language, which asks for it to be drawn; this page only
 * points at it.
 */
export type CardRequest = { path: string; spec: CardSpec; alt: string; drawnForOtherLanguage?: true };

/** The alternative text of a card: what a reader who cannot see it should know. */
export function cardAlt(spec: CardSpec): string {
	return [
		spec.kicker,
		spec.title,
		...(spec.person ? [spec.person.label, spec.person.detail] : []),
		...(spec.lines ?? []),
		spec.quote,
		// The address a reader would reach by scanning, since they cannot scan.
		spec.qr && `${spec.qr.caption}: ${spec.qr.url}`,
	]
		.filter(Boolean)
		.join('. ')
		.replace(/\.\./g, '.');
}
