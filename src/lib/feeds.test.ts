import { describe, expect, it } from 'vitest';
import { rss } from './feeds.ts';

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
