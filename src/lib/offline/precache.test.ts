import { describe, expect, it } from 'vitest';
import { assetsOfPage, belowBase, offlineListLinks, overBudget, pageFile, precacheBudgetBytes, referencesOf } from './precache.ts';

describe('offlineListLinks', () => {
	it('reads the site links inside the list once each, without their query or fragment, and nothing outside it', () => {
		const html = `<a href="/sessions/">menu</a>
			<div data-offline-list><p><a href="/">Home</a></p>
			<ul><li><a href="/toolkit/">T</a></li><li><a href="/toolkit/#steps">T again</a></li>
			<li><a href="https://example.org/x/">elsewhere</a></li><li><a href="//cdn.example.org/y/">protocol-relative</a></li>
			<li><a href="/briefs/x/?from=list">B</a></li><li><a>no address</a></li>
			<link rel="prefetch" href="/not-a-link/"><template><a href="/not-shown/">T</a></template></ul></div>`;
		expect(offlineListLinks(html)).toEqual(['/', '/toolkit/', '/briefs/x/']);
	});
});

describe('assetsOfPage', () => {
	it('takes style sheets (print ones too), module preloads, scripts and the icon, not other links', () => {
		const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/print.css" media="print">
			<link rel="modulepreload" href="/_astro/m.js"><link rel="shortcut icon" href="/favicon.svg">
			<link rel="canonical" href="/page/"><link rel="alternate" href="/feed.xml"><link rel="manifest" href="/manifest.webmanifest">
			<script type="module" src="/_astro/x.js"></script><script>inline()</script><script src="https://elsewhere.example/x.js"></script></head>
			<body><img src="/_astro/photo.webp" alt=""><a rel="stylesheet" href="/not-a-style/">a link</a><link href="/no-rel.css"></body>`;
		expect(assetsOfPage(html)).toEqual(['/_astro/a.css', '/_astro/print.css', '/_astro/m.js', '/favicon.svg', '/_astro/x.js']);
	});
});

describe('referencesOf', () => {
	it('finds the fonts a style sheet loads, quoted or not, but no data: URLs', () => {
		const css = `@font-face{src:local('X'),url(/_astro/lao.woff2) format('woff2')}@font-face{src:url("./b.woff2")}.i{background:url('data:image/svg+xml,x')}`;
		expect(referencesOf(css, 'css')).toEqual(['/_astro/lao.woff2', './b.woff2']);
	});

	it('finds a module’s static imports, but not the ones it imports when a reader acts', () => {
		const js = `import{a as b}from"./dist.Ab1.js";import"./side.js";import { c } from './c.mjs';const p=import("./later.js");`;
		expect(referencesOf(js, 'js')).toEqual(['./dist.Ab1.js', './side.js', './c.mjs']);
	});
});

describe('addresses and files', () => {
	it.each([
		['', 'index.html'],
		['lo/', 'lo/index.html'],
		['lo/toolkit/', 'lo/toolkit/index.html'],
		['/toolkit/establish/', 'toolkit/establish/index.html'],
		['//toolkit/', 'toolkit/index.html'],
		['_astro/a.css', '_astro/a.css'],
	])('the page %j is served from %s', (path, file) => {
		expect(pageFile(path)).toBe(file);
	});

	it('takes the base off a path, and refuses a path outside it', () => {
		expect(belowBase('/hub/lo/toolkit/', '/hub/')).toBe('lo/toolkit/');
		expect(belowBase('/toolkit/', '/')).toBe('toolkit/');
		expect(belowBase('/elsewhere/', '/hub/')).toBeUndefined();
	});
});

describe('overBudget', () => {
	it('accepts a worker up to its budget, and above it says which language, how much, and what to do', () => {
		expect(overBudget('lo', precacheBudgetBytes)).toBeUndefined();
		expect(overBudget('lo', precacheBudgetBytes + 1)).toBe(
			'Offline reading: the lo service worker would keep 5.00 MB, over its 5.00 MB budget; keep fewer recaps (latestRecapCount in src/lib/offline/reading-list.ts) or make the pages lighter.',
		);
		expect(overBudget('en', 1_234_567, 1_000_000)).toMatch(
			/^Offline reading: the en service worker would keep 1\.23 MB, over its 1\.00 MB budget;/,
		);
	});
});
