/**
 * Feeds built from plain items: RSS 2.0 for "what's new", so members can
 * follow in a feed reader. Calendars are in `calendar/`.
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
