/**
 * The offline pack: one zip per language with the PDFs a reader of that
 * language's pages is offered (the toolkit, the guides, the briefs) and a
 * short index page linking them, small enough to forward on WhatsApp.
 */
import { zipSync } from 'fflate';

export type PackEntry = { file: string; title: string; lang: string; bytes: Uint8Array };

/** Zips with fixed dates give the same bytes for the same PDFs, so an unchanged site's pages keep their size labels. */
const fixedDate = new Date('2020-01-01T00:00:00Z');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `{{name}}` filled from `values`, as the site's interface strings are. */
export const fillString = (text: string, values: Record<string, string>): string =>
	text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);

/** The name a PDF has inside the pack: its own file name, made unique if two share one. */
export function packNames(files: string[]): Map<string, string> {
	const names = new Map<string, string>();
	const taken = new Set<string>();
	for (const file of files) {
		const base = file.split('/').pop()!;
		let name = base;
		for (let n = 2; taken.has(name); n++) name = base.replace(/\.pdf$/, `-${n}.pdf`);
		taken.add(name);
		names.set(file, name);
	}
	return names;
}

export function packIndexHtml(input: {
	lang: string;
	heading: string;
	intro: string;
	entries: { name: string; title: string; lang: string; size: string }[];
}): string {
	const items = input.entries
		.map(
			(e) =>
				`<li><a href="${escapeHtml(e.name)}" lang="${escapeHtml(e.lang)}">${escapeHtml(e.title)}</a> (PDF, ${escapeHtml(e.size)})</li>`,
		)
		.join('\n');
	return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.heading)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.6}:lang(lo){line-height:1.85}li{margin:.5rem 0}</style>
</head>
<body>
<h1>${escapeHtml(input.heading)}</h1>
<p>${escapeHtml(input.intro)}</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

/** The zip: index.html first, then each PDF stored as it is (PDFs are compressed already). */
export function zipPack(indexHtml: string, pdfs: { name: string; bytes: Uint8Array }[]): Uint8Array {
	const files: Record<string, [Uint8Array, { level: 0 | 9; mtime: Date }]> = {
		'index.html': [new TextEncoder().encode(indexHtml), { level: 9, mtime: fixedDate }],
	};
	for (const pdf of pdfs) files[pdf.name] = [pdf.bytes, { level: 0, mtime: fixedDate }];
	return zipSync(files);
}
