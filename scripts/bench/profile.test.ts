import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ownerOf, profileReport, summariseProfile } from './profile.ts';

it.each([
	['file:///x/node_modules/astro/dist/core/build/generate.js', 'astro'],
	['file:///x/node_modules/@astrojs/starlight/utils/navigation.ts', '@astrojs/starlight'],
	['file:///x/node_modules/vite/node_modules/rollup/dist/es/rollup.js', 'rollup'],
	['file:///x/bench/out/profile-1000/src/lib/cards/layout.ts', 'ours: src/lib/cards'],
	['file:///x/bench/out/profile-1000/src/route-data.ts', 'ours: src'],
	['file:///x/elsewhere/index.js', 'other'],
	['node:internal/fs/utils', 'node (built-ins)'],
	['', '(V8: idle, GC, program)'],
])('counts %s as %s', (url, owner) => {
	expect(ownerOf(url)).toBe(owner);
});

it('sums each function’s self time from the samples, by package and by function', () => {
	const dir = mkdtempSync(join(tmpdir(), 'plh-profile-'));
	const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0, scriptId: '1' });
	writeFileSync(
		join(dir, 'main.cpuprofile'),
		JSON.stringify({
			nodes: [
				{ id: 1, callFrame: frame('(root)', '') },
				{ id: 2, callFrame: frame('render', 'file:///x/node_modules/astro/dist/render.js') },
				{ id: 3, callFrame: frame('split', 'file:///x/src/lib/segment/index.ts') },
			],
			samples: [2, 3, 2, 1],
			timeDeltas: [1000, 2000, 3000, 5000],
			startTime: 0,
			endTime: 11000,
		}),
	);
	const thread = summariseProfile(join(dir, 'main.cpuprofile'));
	expect(thread.totalMs).toBe(11);
	expect(thread.byOwner).toEqual([
		['(V8: idle, GC, program)', 5],
		['astro', 4],
		['ours: src/lib/segment', 2],
	]);
	expect(thread.byFunction[1]).toEqual(['render (astro, render.js:10)', 4]);
	expect(profileReport(dir, 'A build')).toContain('## main.cpuprofile: 11 ms wall, 6 ms in scripts');
});
