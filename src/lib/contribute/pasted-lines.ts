/**
 * A list typed one item a line, as people paste it: from Word or Google Docs
 * a bullet or a number and a tab before each item, from WhatsApp a dash or a
 * star. The form makes each line an item of a list the page draws itself, so
 * a pasted marker would show as a second bullet or a number inside the item.
 */

/**
 * A list marker and the space after it: a bullet or dash, or a number or a
 * small letter with "." or ")" (Lao digits too). The space is required, so a
 * line that starts with "1.5 million" or "-3 °C" keeps its start; capitals
 * are left alone, since "A. Bello showed…" starts with an initial.
 */
const listMarker = /^(?:[•◦▪▫●○■□‣⁃∙·\-–—*+✓✔➢►▶→]|\(?(?:\d{1,3}|[\u0ED0-\u0ED9]{1,3}|[a-z])[.)])[\s\u00A0]+/u;

/** The non-empty lines of `text`, each trimmed, without a list marker pasted before it. */
export function pastedLines(text: string): string[] {
	return text
		.split(/\r\n|[\n\r\u2028\u2029]/)
		.map((line) => line.trim().replace(listMarker, '').trim())
		.filter(Boolean);
}
