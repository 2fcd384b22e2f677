import { describe, expect, it } from 'vitest';
import { isPrintable, pathInLanguage } from './printable.ts';

describe('pages worth printing', () => {
	it.each([
		'/toolkit/',
		'/toolkit/establish/',
		'/guides/als/',
		'/briefs/friday-nutrition-hangouts/',
		'/series/sun-csa-lao-friday-hangouts/',
		'/series/sun-csa-lao-friday-hangouts/2026/',
		'/lo/toolkit/',
		'/lo/guides/bmc/',
		'/lo/briefs/friday-nutrition-hangouts/',
		'/lo/series/sun-csa-lao-friday-hangouts/',
	])('%s is one', (path) => {
		expect(isPrintable(path, '/')).toBe(true);
	});

	it.each(['/', '/lo/', '/briefs/', '/series/', '/lo/briefs/', '/guides/', '/sessions/x/', '/search/', '/glossary/', '/briefs/x/feed/'])(
		'%s is not',
		(path) => {
			expect(isPrintable(path, '/')).toBe(false);
		},
	);

	it('finds them under a base path, with or without its trailing slash', () => {
		expect(isPrintable('/hub/lo/briefs/x/', '/hub/')).toBe(true);
		expect(isPrintable('/hub/guides/als/', '/hub')).toBe(true);
		expect(isPrintable('/hub/briefs/', '/hub/')).toBe(false);
	});
});

describe('the path of a page in its language', () => {
	it('drops the base path and the language prefix, and only those', () => {
		expect(pathInLanguage('/lo/briefs/x/', '/')).toBe('briefs/x/');
		expect(pathInLanguage('/briefs/x/', '/')).toBe('briefs/x/');
		expect(pathInLanguage('/hub/lo/guides/als/', '/hub/')).toBe('guides/als/');
		expect(pathInLanguage('/lookup/x/', '/')).toBe('lookup/x/');
		expect(pathInLanguage('/lo', '/')).toBe('');
	});
});
