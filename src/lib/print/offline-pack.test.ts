import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fillString, packIndexHtml, packNames, zipPack } from './offline-pack.ts';

describe('the offline pack', () => {
	it('names each PDF by its file name, unique inside the pack', () => {
		expect([...packNames(['/briefs/a/a.pdf', '/lo/guides/als/x-lo.pdf', '/other/a.pdf']).values()]).toEqual([
			'a.pdf',
			'x-lo.pdf',
			'a-2.pdf',
		]);
	});

	it('fills the interface strings’ values', () => {
		expect(fillString('{{site}}: to read offline ({{size}})', { site: 'Hub', size: '1 MB' })).toBe('Hub: to read offline (1 MB)');
		expect(fillString('{{unknown}}', {})).toBe('{{unknown}}');
	});

	it('zips an index page linking every PDF, and the PDFs as they are, the same bytes every time', () => {
		const html = packIndexHtml({
			lang: 'lo',
			heading: 'ເອກະສານ <ອ່ານ>',
			intro: 'ຈາກ https://example.org',
			entries: [{ name: 'a-lo.pdf', title: 'ການ "ພົບປະ"', lang: 'lo', size: '63 kB' }],
		});
		expect(html).toContain('<html lang="lo">');
		expect(html).toContain('<a href="a-lo.pdf" lang="lo">ການ &quot;ພົບປະ&quot;</a> (PDF, 63 kB)');
		expect(html).toContain('<h1>ເອກະສານ &lt;ອ່ານ&gt;</h1>');
		const pdf = new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]);
		const zip = zipPack(html, [{ name: 'a-lo.pdf', bytes: pdf }]);
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(['index.html', 'a-lo.pdf']);
		expect(strFromU8(files['index.html']!)).toBe(html);
		expect(files['a-lo.pdf']).toEqual(pdf);
		expect(zipPack(html, [{ name: 'a-lo.pdf', bytes: pdf }])).toEqual(zip);
	});
});
