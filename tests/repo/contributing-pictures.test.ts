/**
 * The contributors' guides show the submission form as it is: every picture
 * they name exists, is small enough for a phone, and each language's guide
 * shows its own language's form.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pictures = (guide: string) => [...readFileSync(join(root, guide), 'utf-8').matchAll(/<img src="([^"]+)"[^>]*alt="([^"]+)"/g)];

describe('the pictures in CONTRIBUTING', () => {
	it.each([
		['CONTRIBUTING.md', 'en'],
		['CONTRIBUTING.lo.md', 'lo'],
	])('%s shows the form in its language, step by step, each picture described and under 150 kB', (guide, lang) => {
		const found = pictures(guide);
		expect(found.map(([, src]) => src)).toEqual(
			[1, 2, 3, 4].flatMap((n) => found.filter(([, src]) => src!.includes(`-${n}-`)).map(([, src]) => src)),
		);
		expect(found.length).toBe(4);
		for (const [, src, alt] of found) {
			expect(src).toMatch(new RegExp(`^docs/images/contribute-${lang}-\\d-[a-z]+\\.webp$`));
			expect(existsSync(join(root, src!)), src).toBe(true);
			expect(statSync(join(root, src!)).size).toBeLessThanOrEqual(150 * 1024);
			expect(alt!.length).toBeGreaterThan(20);
		}
	});
});
