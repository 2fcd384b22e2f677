/**
 * Runs one build and measures it: wall time, the peak memory of the whole
 * process tree (Astro, its workers, Pagefind's binary), and the time of each
 * stage as the build's own log reports it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export type BuildMeasure = {
	seconds: number;
	peakMemoryMB: number;
	pages: number;
	stages: { content?: number; bundling?: number; rendering?: number; cards?: number; search?: number };
	cards?: { drawn: number; cached: number };
};

function treeMemoryKB(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const status = readFileSync(`/proc/${entry}/status`, 'utf-8');
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
			rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((a, c) => a + sum(c), 0);
	return sum(root);
}

const seconds = (text: string, pattern: RegExp) => {
	const match = pattern.exec(text);
	if (!match) return undefined;
	return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
};

export function runBuild(cwd: string, command: string[], env: Record<string, string> = {}): Promise<BuildMeasure> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command[0]!, command.slice(1), {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const sampler = setInterval(() => (peak = Math.max(peak, treeMemoryKB(child.pid!))), 200);
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) return reject(new Error(`${command.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`));
			const text = output.replace(/\x1b\[[0-9;]*m/g, '');
			const vite = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].reduce(
				(a, m) => a + (m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1])),
				0,
			);
			const afterRoutes = text.slice(text.indexOf('generating static routes'));
			const cards = /Share cards: \d+ in all, (\d+) drawn, (\d+) from the cache, in (\d+) ms/.exec(text);
			resolve({
				seconds: (performance.now() - started) / 1000,
				peakMemoryMB: Math.round(peak / 1024),
				pages: Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0),
				stages: {
					content: seconds(text, /\[types\] Generated ([\d.]+)(ms|s)/),
					bundling: vite || undefined,
					rendering: seconds(afterRoutes, /✓ Completed in ([\d.]+)(ms|s)/),
					cards: cards ? Number(cards[3]) / 1000 : undefined,
					search:
						seconds(text, /Indexed \d+ pages for search in (\d+) (ms)/) ??
						seconds(text, /Finished building search index in ([\d.]+)(ms|s)/),
				},
				...(cards ? { cards: { drawn: Number(cards[1]), cached: Number(cards[2]) } } : {}),
			});
		});
	});
}
