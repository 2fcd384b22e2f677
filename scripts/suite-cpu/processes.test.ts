import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStat } from './processes.ts';

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
