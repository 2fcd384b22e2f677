/**
 * The screenshot report: one HTML page, differences first, each shown as
 * baseline, current and the difference side by side; pages that match listed
 * after them in one line each.
 */
import type { Verdict } from './compare.ts';

export type ShotResult = { name: string; verdict: Verdict };

/** Where the report finds each image, relative to the report's own folder. */
export type ImagePaths = { baseline: (name: string) => string; current: (name: string) => string; diff: (name: string) => string };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function describe(verdict: Verdict): string {
	switch (verdict.status) {
		case 'same':
			return verdict.pixels ? `matches (${verdict.pixels} pixels within tolerance)` : 'matches';
		case 'different':
			return `${verdict.pixels} pixels differ (${(verdict.share * 100).toFixed(2)}%)`;
		case 'resized':
			return `size changed from ${verdict.baseline.width} × ${verdict.baseline.height} to ${verdict.current.width} × ${verdict.current.height}`;
		case 'new':
			return 'no baseline yet';
	}
}

/** A one-line account of the run, for the terminal and the report's heading. */
export function summary(results: readonly ShotResult[]): string {
	const count = (status: Verdict['status']) => results.filter((r) => r.verdict.status === status).length;
	const failing = results.length - count('same');
	const parts = [`${count('same')} of ${results.length} screenshots match their baselines`];
	if (count('different')) parts.push(`${count('different')} differ`);
	if (count('resized')) parts.push(`${count('resized')} changed size`);
	if (count('new')) parts.push(`${count('new')} have no baseline`);
	return failing ? parts.join(', ') : parts[0]!;
}

export function reportHtml(results: readonly ShotResult[], paths: ImagePaths): string {
	const failing = results.filter((r) => r.verdict.status !== 'same');
	const passing = results.filter((r) => r.verdict.status === 'same');
	const figure = (caption: string, src: string) =>
		`<figure><figcaption>${caption}</figcaption><a href="${escape(src)}"><img src="${escape(src)}" alt="${caption}" loading="lazy"></a></figure>`;
	const card = ({ name, verdict }: ShotResult) => {
		const images = [
			verdict.status === 'new' ? '' : figure('Baseline', paths.baseline(name)),
			figure('Current', paths.current(name)),
			verdict.status === 'different' ? figure('Difference', paths.diff(name)) : '',
		].join('');
		return `<section id="${escape(name)}"><h2>${escape(name)}</h2><p>${escape(describe(verdict))}</p><div class="side-by-side">${images}</div></section>`;
	};
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screenshots: ${escape(summary(results))}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; color: #1b1b1b; }
.side-by-side { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
figure { margin: 0; flex: 1 1 0; min-width: 12rem; }
img { max-width: 100%; border: 1px solid #888; }
section { border-top: 1px solid #ccc; padding-top: .5rem; }
ul.matching { columns: 18rem; }
</style>
</head>
<body>
<h1>${escape(summary(results))}</h1>
<p>Tolerance: a pixel counts as changed beyond a colour distance of 0.1; a page passes when at most 0.1% of its pixels changed. Update the baselines on purpose with <code>npm run screenshots -- --update</code>.</p>
${failing.map(card).join('\n')}
${passing.length ? `<h2>Matching (${passing.length})</h2><ul class="matching">${passing.map((r) => `<li><a href="${escape(paths.current(r.name))}">${escape(r.name)}</a></li>`).join('')}</ul>` : ''}
</body>
</html>
`;
}
