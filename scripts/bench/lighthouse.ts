/** Lighthouse scores for the main kinds of page, with Debian's Chromium: reported, never gated. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../browser/browser.ts';
import { serveStatic } from '../browser/static-server.ts';

export type Scores = {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	totalKB: number;
};

export async function lighthouseScores(dist: string, paths: string[]): Promise<Scores[]> {
	const server = await serveStatic(dist);
	const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
	try {
		const scores: Scores[] = [];
		for (const path of paths) {
			const result = await lighthouse(server.url + path.replace(/^\//, ''), {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = result!.lhr;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			scores.push({
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: Math.round(Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)),
				totalKB: Math.round(Number(lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
			});
		}
		return scores;
	} finally {
		chrome.kill();
		await server.close();
	}
}
