import { describe, expect, it } from 'vitest';
import { ics, rss } from './feeds.ts';

/** Unfolds and splits an iCalendar text into its properties, as a calendar application reads it. */
function readIcs(text: string) {
	const lines = text
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);
	const events: Record<string, string>[] = [];
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') events.push({});
		else if (events.length && line !== 'END:VEVENT') {
			const i = line.indexOf(':');
			events.at(-1)![line.slice(0, i)] = line
				.slice(i + 1)
				.replace(/\\n/g, '\n')
				.replace(/\\([,;\\])/g, '$1');
		}
	}
	return { lines, events };
}

describe('ics', () => {
	const text = ics(
		'Sessions',
		[
			{
				uid: 'a@example.org',
				title: 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ, ແລະ ຫຼາຍກວ່ານັ້ນ; ຍາວໆ ເພື່ອທົດສອບການພັບແຖວ',
				start: new Date('2026-12-04T07:00:00Z'),
				durationMinutes: 60,
				url: 'https://example.org/sessions/a/',
				description: 'Line one\nLine two',
			},
		],
		new Date('2026-11-22T00:00:00Z'),
	);

	it('folds long lines at 75 octets without breaking a character, and unfolds to the original', () => {
		const { events } = readIcs(text);
		expect(events[0]).toMatchObject({
			SUMMARY: 'ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ, ແລະ ຫຼາຍກວ່ານັ້ນ; ຍາວໆ ເພື່ອທົດສອບການພັບແຖວ',
			DTSTART: '20261204T070000Z',
			DURATION: 'PT60M',
			DESCRIPTION: 'Line one\nLine two',
		});
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});

describe('rss', () => {
	it('escapes text so a title cannot break the feed', () => {
		const xml = rss({
			title: 'A & B',
			description: 'd',
			url: 'https://example.org/',
			lang: 'en',
			items: [{ title: '<script>x</script>', url: 'https://example.org/a/', date: new Date('2026-01-02T00:00:00Z') }],
		});
		expect(xml).toContain('<title>A &amp; B</title>');
		expect(xml).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>');
		expect(xml).toContain('<pubDate>Fri, 02 Jan 2026 00:00:00 GMT</pubDate>');
	});
});
