import { describe, expect, it } from 'vitest';
import { samePageIn } from './urls.ts';

describe('samePageIn', () => {
	it.each([
		['/sessions/2026-04-16-x/', 'lo', '/lo/sessions/2026-04-16-x/'],
		['/lo/sessions/2026-04-16-x/', 'en', '/sessions/2026-04-16-x/'],
		['/', 'lo', '/lo/'],
		['/lo/', 'en', '/'],
		['/lo', 'en', '/'],
		['/lo/', 'lo', '/lo/'],
		// A page whose first folder only starts like a language prefix keeps it.
		['/logos/', 'lo', '/lo/logos/'],
		['/search/', 'lo', '/lo/search/'],
	] as const)('%s in %s is %s', (path, lang, expected) => {
		expect(samePageIn(path, lang)).toBe(expected);
	});
});
