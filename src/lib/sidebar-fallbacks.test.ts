import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { markFallbackLinks } from './sidebar-fallbacks.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const link = (label: string, href: string): SidebarLink => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });

describe('markFallbackLinks', () => {
	it('marks the untranslated pages’ links with the language they are written in, in groups too, and leaves the others as they were', () => {
		const benefits = link('Benefits', '/lo/toolkit/benefits/');
		const als = link('ALS', '/lo/guides/als/');
		const sessions = { ...link('ກອງປະຊຸມ', '/lo/sessions/'), attrs: { class: 'kept' } };
		const entries: SidebarEntry[] = [
			{ type: 'group', label: 'Toolkit', entries: [benefits], collapsed: false, badge: undefined },
			als,
			sessions,
		];
		markFallbackLinks(entries, new Set(['/lo/toolkit/benefits/']), 'en');
		expect(benefits.attrs).toEqual({ lang: 'en' });
		expect(als.attrs).toEqual({});
		expect(sessions.attrs).toEqual({ class: 'kept' });
	});
});
