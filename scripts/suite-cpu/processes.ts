/**
 * Every process on the machine, read from Linux's /proc again and again while a run lasts: its parent, its command
 * line and the processor time it used while it was watched.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { SeenProcess } from './attribute.ts';

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf-8' }).stdout?.trim()) || 100;

export type StatFields = { name: string; ppid: number; startTicks: number; cpuTicks: number };

/** /proc/<pid>/stat: the name is in parentheses and may hold both, so the fields are counted from the last ")". */
export function parseStat(stat: string): StatFields {
	const close = stat.lastIndexOf(')');
	const fields = stat.slice(close + 2).split(' ');
	// After the name: state, ppid, … utime (the 12th), stime (13th), … starttime (20th).
	return {
		name: stat.slice(stat.indexOf('(') + 1, close),
		ppid: Number(fields[1]),
		cpuTicks: Number(fields[11]) + Number(fields[12]),
		startTicks: Number(fields[19]),
	};
}

export type Watched = { pid: number; ppid: number; name: string; command: string; firstTicks: number; lastTicks: number };

/**
 * A process as last read: `known` is what earlier readings found, if any. It keeps the parent it was born with:
 * when a parent ends first (a browser before its helpers), the kernel gives its children another, and the time
 * they used would be nobody's. `commandOf` is read again only when the process changed program (its name).
 */
export function updated(
	known: Watched | undefined,
	pid: number,
	stat: StatFields,
	commandOf: () => string,
	firstReading: boolean,
): Watched {
	return {
		pid,
		ppid: known?.ppid ?? stat.ppid,
		name: stat.name,
		command: known && known.name === stat.name ? known.command : commandOf() || stat.name,
		firstTicks: known?.firstTicks ?? (firstReading ? stat.cpuTicks : 0),
		lastTicks: stat.cpuTicks,
	};
}

/**
 * Reads every process each `everyMs` until stopped. A process already running at the first reading counts only what
 * it used after it; a process that ends between two readings loses what it used since the last one (under `everyMs`).
 */
export function watchProcesses(everyMs = 500): { stop: () => SeenProcess[] } {
	const watched = new Map<string, Watched>();
	let first = true;
	const read = () => {
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			try {
				const stat = parseStat(readFileSync(`/proc/${entry}/stat`, 'utf-8'));
				const key = `${entry}:${stat.startTicks}`;
				const commandOf = () => readFileSync(`/proc/${entry}/cmdline`, 'utf-8').replaceAll('\0', ' ').trim();
				watched.set(key, updated(watched.get(key), Number(entry), stat, commandOf, first));
			} catch {
				// It ended while being read.
			}
		}
		first = false;
	};
	read();
	const timer = setInterval(read, everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			read();
			return [...watched.values()].map((p) => ({
				pid: p.pid,
				ppid: p.ppid,
				command: p.command,
				cpuSeconds: (p.lastTicks - p.firstTicks) / ticksPerSecond,
			}));
		},
	};
}
