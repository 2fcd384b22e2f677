/**
 * Full-page screenshots of every page kind, as a reader sees it: at a
 * phone's and a laptop's size, in each language, in the light and the dark
 * theme, with the clock, the time zone and the lazy images pinned so the same
 * site gives the same pixels.
 */
import type { Lang, PageKind } from '../browser/page-kinds.ts';
import { langs, pageKinds, pathIn } from '../browser/page-kinds.ts';
import type { SiteInBrowser } from '../browser/site-in-browser.ts';

export const viewports = [
	{ width: 390, height: 844 },
	{ width: 1366, height: 900 },
] as const;
export const themes = ['light', 'dark'] as const;

export type Shot = { name: string; kind: PageKind; lang: Lang; viewport: (typeof viewports)[number]; theme: (typeof themes)[number] };

export function plannedShots(kinds: readonly PageKind[] = pageKinds): Shot[] {
	return kinds.flatMap((kind) =>
		langs.flatMap((lang) =>
			viewports.flatMap((viewport) =>
				themes.map((theme) => ({ name: `${kind.name}-${lang}-${viewport.width}-${theme}`, kind, lang, viewport, theme })),
			),
		),
	);
}

/** The PNG of one shot; `now` is the clock the site was built with, so "upcoming" means the same in the page's scripts. */
export async function takeShot(web: SiteInBrowser, shot: Shot, now: string): Promise<Buffer> {
	const page = await web.newPage({
		viewport: shot.viewport,
		// Starlight follows the reader's system theme until they pick one.
		colorScheme: shot.theme,
		reducedMotion: 'reduce',
		timezoneId: 'UTC',
		locale: shot.lang === 'lo' ? 'lo-LA' : 'en-GB',
	});
	try {
		await page.clock.setFixedTime(new Date(now));
		await page.goto(web.url(pathIn(shot.kind, shot.lang)));
		await shot.kind.prepare?.(page);
		// A full-page shot shows images below the fold, which a lazy image only loads once scrolled to.
		await page.evaluate(async () => {
			const images = [...document.images];
			for (const image of images) image.loading = 'eager';
			await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
		});
		await page.settled();
		return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
	} finally {
		await page.close();
	}
}
