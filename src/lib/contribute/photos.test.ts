import { describe, expect, it } from 'vitest';
import { bodyWithPhotos, embedPhotos, extractEmbeddedPhotos, photoFileName } from './photos.ts';

describe('photos sent with a recap', () => {
	it('are named after the entry, in the order chosen', () => {
		expect(photoFileName('2026-11-06-breakfast.md', 1)).toBe('2026-11-06-breakfast-1.jpg');
		expect(photoFileName('2026-11-06-breakfast.md', 12, 'png')).toBe('2026-11-06-breakfast-12.png');
	});

	it('are linked below the body with their alt text on one line, brackets escaped', () => {
		const body = bodyWithPhotos('We met.\n', [
			{ file: 'a-1.jpg', alt: 'ແມ່ ແລະ ເດັກ\nຢູ່ສວນ' },
			{ file: 'a-2.jpg', alt: 'A [draft] poster \\ sign' },
		]);
		expect(body).toBe('We met.\n\n![ແມ່ ແລະ ເດັກ ຢູ່ສວນ](./images/a-1.jpg)\n\n![A \\[draft\\] poster \\\\ sign](./images/a-2.jpg)');
		expect(bodyWithPhotos('', [{ file: 'a-1.jpg', alt: 'x' }])).toBe('![x](./images/a-1.jpg)');
		expect(bodyWithPhotos(' Only text ', [])).toBe('Only text');
	});

	it('travel inside the one file sent, and come out under the same names', () => {
		const text = `---\ntitle: x\n---\n\n${bodyWithPhotos('Body.', [
			{ file: '2026-11-06-x-1.jpg', alt: 'one' },
			{ file: '2026-11-06-x-2.jpg', alt: 'two' },
		])}\n`;
		const sent = embedPhotos(text, [
			{ file: '2026-11-06-x-1.jpg', dataUrl: 'data:image/jpeg;base64,/9j/AAAA' },
			{ file: '2026-11-06-x-2.jpg', dataUrl: 'data:image/jpeg;base64,/9j/BBBB+/==' },
		]);
		expect(sent).not.toContain('./images/');
		expect(sent).toContain('![one](data:image/jpeg;base64,/9j/AAAA)');
		const received = extractEmbeddedPhotos(sent, '2026-11-06-x.md');
		expect(received.text).toBe(text);
		expect(received.photos).toEqual([
			{ file: '2026-11-06-x-1.jpg', base64: '/9j/AAAA' },
			{ file: '2026-11-06-x-2.jpg', base64: '/9j/BBBB+/==' },
		]);
	});

	it('takes only JPEG, PNG and WebP data addresses, named for the file they arrive in', () => {
		const received = extractEmbeddedPhotos(
			'![a](data:image/png;base64,iVBO) ![b](data:image/svg+xml;base64,PHN2Zz4=) ![c](data:text/html;base64,PGI+) ![d](data:image/webp;base64,UklG)',
			'renamed.md',
		);
		expect(received.photos.map((p) => p.file)).toEqual(['renamed-1.png', 'renamed-2.webp']);
		expect(received.text).toBe(
			'![a](./images/renamed-1.png) ![b](data:image/svg+xml;base64,PHN2Zz4=) ![c](data:text/html;base64,PGI+) ![d](./images/renamed-2.webp)',
		);
	});
});
