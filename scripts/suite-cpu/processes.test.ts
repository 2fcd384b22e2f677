import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStat, updated, type StatFields } from './processes.ts';

describe('a line of /proc/<pid>/stat', () => {
	it('is read from after the last parenthesis, as a name may hold spaces and parentheses', () => {
		const line = '4242 (Web Content (x)) S 4200 4242 1 0 -1 4194560 100 0 0 0 150 25 0 0 20 0 12 0 98765 1000 200 18446744073709551615';
		expect(parseStat(line)).toEqual({ name: 'Web Content (x)', ppid: 4200, cpuTicks: 175, startTicks: 98765 });
	});

	it('names this process with its parent', () => {
		const own = parseStat(readFileSync('/proc/self/stat', 'utf-8'));
		expect(own.ppid).toBe(process.ppid);
		expect(own.startTicks).toBeGreaterThan(0);
	});
});

describe('a process read again', () => {
	const stat = (ppid: number, name: string, cpuTicks: number): StatFields => ({ name, ppid, cpuTicks, startTicks: 500 });
	const neverRead = () => {
		throw new Error('the command line was read again');
	};

	it('counts from the first reading only when it was running before the watch began', () => {
		expect(updated(undefined, 7, stat(3, 'node', 40), () => 'node a.js', true)).toMatchObject({ firstTicks: 40, lastTicks: 40 });
		expect(updated(undefined, 7, stat(3, 'node', 40), () => 'node a.js', false)).toMatchObject({ firstTicks: 0, lastTicks: 40 });
	});

	it('keeps the parent it was born with when the kernel gives it another, and its command line', () => {
		const born = updated(undefined, 7, stat(3, 'chromium', 10), () => 'chromium --type=zygote', false);
		expect(updated(born, 7, stat(1, 'chromium', 25), neverRead, false)).toEqual({
			pid: 7,
			ppid: 3,
			name: 'chromium',
			command: 'chromium --type=zygote',
			firstTicks: 0,
			lastTicks: 25,
		});
	});

	it('reads the command line again when the process runs another program', () => {
		const forked = updated(undefined, 8, stat(3, 'node', 1), () => 'node vitest', false);
		expect(updated(forked, 8, stat(3, 'sh', 2), () => 'sh -c astro build', false).command).toBe('sh -c astro build');
	});
});
