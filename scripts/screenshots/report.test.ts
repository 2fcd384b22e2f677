import { describe, expect, it } from 'vitest';
import { reportHtml, summary, type ShotResult } from './report.ts';

describe('the report', () => {
	const results: ShotResult[] = [
		{ name: 'home-en-390-light', verdict: { status: 'same', pixels: 0 } },
		{ name: 'brief-lo-1366-dark', verdict: { status: 'different', pixels: 500, share: 0.004, diff: Buffer.alloc(0) } },
		{
			name: 'search-en-390-dark',
			verdict: { status: 'resized', baseline: { width: 390, height: 900 }, current: { width: 390, height: 950 } },
		},
		{ name: 'guide-<lo>-390-light', verdict: { status: 'new' } },
	];
	const paths = {
		baseline: (n: string) => `base/${n}.webp`,
		current: (n: string) => `current/${n}.webp`,
		diff: (n: string) => `diff/${n}.png`,
	};

	it('sums the run up in one line', () => {
		expect(summary(results)).toBe('1 of 4 screenshots match their baselines, 1 differ, 1 changed size, 1 have no baseline');
		expect(summary(results.slice(0, 1))).toBe('1 of 1 screenshots match their baselines');
	});

	it('shows each difference as baseline, current and difference side by side, before the pages that match', () => {
		const html = reportHtml(results, paths);
		const section = html.slice(html.indexOf('id="brief-lo-1366-dark"'));
		expect(section.indexOf('base/brief-lo-1366-dark.webp')).toBeLessThan(section.indexOf('current/brief-lo-1366-dark.webp'));
		expect(section.indexOf('current/brief-lo-1366-dark.webp')).toBeLessThan(section.indexOf('diff/brief-lo-1366-dark.png'));
		expect(html).toContain('500 pixels differ (0.40%)');
		expect(html).toContain('size changed from 390 × 900 to 390 × 950');
		expect(html.indexOf('id="search-en-390-dark"')).toBeLessThan(html.indexOf('Matching (1)'));
		expect(html.slice(html.indexOf('Matching (1)'))).toContain('current/home-en-390-light.webp');
	});

	it('shows a new shot without a baseline image, and escapes names', () => {
		const html = reportHtml(results, paths);
		expect(html).toContain('guide-&#60;lo&#62;-390-light');
		expect(html).not.toContain('<lo>');
		expect(html).not.toContain('base/guide-');
	});
});
