/** The PDFs of a built site, from what its last build wrote: time to print each page, each file's size, the offline packs' sizes. */
import { existsSync, readFileSync } from 'node:fs';
import type { PdfBuildStats } from '../../src/integrations/pdf.ts';
import { lastPdfBuildFile } from '../../src/lib/print/pdf-cache.ts';

export type PdfMeasure = {
	count: number;
	made: number;
	medianMsPerPage: number;
	maxMsPerPage: number;
	totalKB: number;
	files: { file: string; kB: number }[];
	packs: { lang: string; file: string; kB: number }[];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function pdfMeasures(siteRoot: string): PdfMeasure | undefined {
	const file = lastPdfBuildFile(siteRoot);
	if (!existsSync(file)) return undefined;
	const stats = JSON.parse(readFileSync(file, 'utf-8')) as PdfBuildStats;
	const times = stats.files.flatMap((f) => (f.printMilliseconds === undefined ? [] : [f.printMilliseconds]));
	return {
		count: stats.pdfs,
		made: stats.made,
		medianMsPerPage: median(times),
		maxMsPerPage: Math.max(0, ...times),
		totalKB: Math.round(stats.files.reduce((sum, f) => sum + f.bytes, 0) / 1000),
		files: stats.files.map((f) => ({ file: f.file, kB: Math.round(f.bytes / 1000) })),
		packs: (stats.packs ?? []).map((p) => ({ lang: p.lang, file: p.file, kB: Math.round(p.bytes / 1000) })),
	};
}
