/**
 * Driving the submission form as a person does, shared by its browser tests
 * and `npm run guide-shots`: each press or choice waits for the form's own
 * answer (it counts them), since its checker loads when a person starts.
 */
import type { Page } from 'playwright-core';

const answered = (page: Page, counter: 'checks' | 'photoAnswers') =>
	page.locator('[data-contribute]').evaluate((form, key) => Number((form as HTMLElement).dataset[key] ?? 0), counter);

async function untilAnswered(page: Page, counter: 'checks' | 'photoAnswers', act: () => Promise<void>) {
	const before = await answered(page, counter);
	await act();
	await page.waitForFunction(
		([key, count]) => Number(document.querySelector<HTMLElement>('[data-contribute]')?.dataset[key] ?? 0) > count,
		[counter, before] as const,
	);
}

/** Presses Check (named in the page's language) and waits for its answer. */
export const pressCheck = (page: Page, name = 'Check my entry') =>
	untilAnswered(page, 'checks', () => page.getByRole('button', { name }).click());

/** Chooses files in the photo field and waits until the form has read them all. */
export const choosePhotos = (page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) =>
	untilAnswered(page, 'photoAnswers', () => page.setInputFiles('#f-session-photos', files));
