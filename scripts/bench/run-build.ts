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
	/** `drawnEarly`: begun while pages were still rendering. */
	cards?: { drawn: number; cached: number; drawnEarly: number };
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

/** Astro writes durations as "640ms", "2.35s" or "1m 23s". */
const duration = String.raw`(\d+m \d+s|[\d.]+m?s)`;
function toSeconds(value: string | undefined): number | undefined {
	if (!value) return undefined;
	const minutes = /^(\d+)m (\d+)s$/.exec(value);
	if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
	return value.endsWith('ms') ? Number.parseFloat(value) / 1000 : Number.parseFloat(value);
}
const seconds = (text: string, pattern: RegExp) => toSeconds(pattern.exec(text)?.[1]);

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
			// eslint-disable-next-line no-control-regex -- ESC starts the colour codes in the build's output, which the timings are read without
			const text = output.replace(/\x1b\[[0-9;]*m/g, '');
			const vite = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))].reduce(
				(a, m) => a + (toSeconds(m[1]) ?? 0),
				0,
			);
			const afterRoutes = text.slice(text.indexOf('generating static routes'));
			const cards = /Share cards: \d+ in all, (\d+) drawn, (\d+) from the cache, in (\d+) ms after the last page \((\d+) begun/.exec(text);
			resolve({
				seconds: (performance.now() - started) / 1000,
				peakMemoryMB: Math.round(peak / 1024),
				pages: Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0),
				stages: {
					content: seconds(text, new RegExp(String.raw`\[types\] Generated ${duration}`)),
					bundling: vite || undefined,
					rendering: seconds(afterRoutes, new RegExp(`✓ Completed in ${duration}`)),
					cards: cards ? Number(cards[3]) / 1000 : undefined,
					search:
						seconds(text, /Indexed \d+ pages for search in (\d+ ?ms)/) ??
						seconds(text, new RegExp(`Finished building search index in ${duration}`)),
				},
				...(cards ? { cards: { drawn: Number(cards[1]), cached: Number(cards[2]), drawnEarly: Number(cards[4]) } } : {}),
			});
		});
	});
}
