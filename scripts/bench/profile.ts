/**
 * Where a build spends its time: reads the V8 CPU profiles that
 * `node --cpu-prof` writes (one per thread: the main thread, card workers)
 * and sums self time by package and by function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** The package a script belongs to: `astro`, `@astrojs/starlight`, our `src/lib/cards`, `node:` internals. */
export function ownerOf(url: string): string {
	if (!url) return '(V8: idle, GC, program)';
	if (url.startsWith('node:')) return 'node (built-ins)';
	const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
	if (inModules) return inModules[1]!;
	const ours = /\/(src|pages|scripts)\/(.*)$/.exec(url);
	if (!ours) return 'other';
	const folders = ours[2]!.split('/').slice(0, -1).slice(0, 2);
	return `ours: ${[ours[1], ...folders].join('/')}`;
}

export type ThreadProfile = { file: string; totalMs: number; byOwner: [string, number][]; byFunction: [string, number][] };

export function summariseProfile(file: string): ThreadProfile {
	const profile = JSON.parse(readFileSync(file, 'utf-8')) as CpuProfile;
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byOwner = new Map<string, number>();
	const byFunction = new Map<string, number>();
	for (const [id, ms] of self) {
		const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
		const owner = ownerOf(url);
		byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
		const name = `${functionName || '(anonymous)'} (${owner}${url ? `, ${url.split('/').slice(-1)[0]}:${lineNumber + 1}` : ''})`;
		byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
	}
	const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
	return { file, totalMs: (profile.endTime - profile.startTime) / 1000, byOwner: sorted(byOwner), byFunction: sorted(byFunction) };
}

export function profileReport(dir: string, title: string, top = 20): string {
	const threads = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => summariseProfile(join(dir, f)))
		.sort((a, b) => b.totalMs - a.totalMs);
	const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
	const lines = [`# ${title}`, ''];
	for (const thread of threads) {
		const busy = thread.byOwner.filter(([owner]) => !owner.startsWith('(V8')).reduce((a, [, n]) => a + n, 0);
		lines.push(`## ${thread.file.split('/').at(-1)}: ${ms(thread.totalMs)} wall, ${ms(busy)} in scripts`, '');
		lines.push('| self time by package | ms | share |', '| --- | ---: | ---: |');
		for (const [owner, n] of thread.byOwner.slice(0, top))
			lines.push(`| ${owner} | ${Math.round(n)} | ${((n / thread.totalMs) * 100).toFixed(1)}% |`);
		lines.push('', '| self time by function | ms |', '| --- | ---: |');
		for (const [name, n] of thread.byFunction.slice(0, top)) lines.push(`| ${name.replace(/\|/g, '\\|')} | ${Math.round(n)} |`);
		lines.push('');
	}
	return lines.join('\n');
}
