/**
 * Feeds built from plain items: RSS 2.0 for "what's new" and iCalendar for
 * the sessions to come, so members can follow in a feed reader or calendar.
 */

export type FeedItem = { title: string; url: string; date: Date; description?: string | undefined; lang?: string };
export type Feed = { title: string; description: string; url: string; lang: string; items: FeedItem[] };

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function rss(feed: Feed): string {
	const items = feed.items
		.map(
			(item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(item.url)}</link>
<guid isPermaLink="true">${escapeXml(item.url)}</guid>
<pubDate>${item.date.toUTCString()}</pubDate>${item.description ? `\n<description>${escapeXml(item.description)}</description>` : ''}
</item>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>${escapeXml(feed.title)}</title>
<link>${escapeXml(feed.url)}</link>
<description>${escapeXml(feed.description)}</description>
<language>${escapeXml(feed.lang)}</language>
${items}
</channel>
</rss>
`;
}

export type CalendarEvent = {
	uid: string;
	title: string;
	start: Date;
	durationMinutes: number;
	url: string;
	description?: string | undefined;
	location?: string | undefined;
};

/** RFC 5545 text: escape, then fold lines at 75 octets without splitting a character. */
function icsLine(name: string, value: string): string {
	const escaped = value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
	const line = `${name}:${escaped}`;
	const encoder = new TextEncoder();
	const out: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = out.length === 0 ? 75 : 74;
		if (encoder.encode(current + char).length > limit) {
			out.push(current);
			current = char;
		} else current += char;
	}
	out.push(current);
	return out.join('\r\n ');
}

const icsDate = (date: Date) =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

export function ics(name: string, events: CalendarEvent[], now: Date): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Peer Learning Hub//Sessions//EN',
		'CALSCALE:GREGORIAN',
		icsLine('X-WR-CALNAME', name),
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			icsLine('UID', event.uid),
			`DTSTAMP:${icsDate(now)}`,
			`DTSTART:${icsDate(event.start)}`,
			`DURATION:PT${event.durationMinutes}M`,
			icsLine('SUMMARY', event.title),
			icsLine('URL', event.url),
		);
		if (event.description) lines.push(icsLine('DESCRIPTION', event.description));
		if (event.location) lines.push(icsLine('LOCATION', event.location));
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.join('\r\n')}\r\n`;
}
