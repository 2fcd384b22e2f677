import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, [join(import.meta.dirname, 'suite-cpu.ts'), ...args], {
		encoding: 'utf-8',
		env: { ...process.env, CI: 'true' },
	});

describe('npm run suite:cpu', () => {
	it('runs the files named and counts the processor time of each, its worker found by its process', () => {
		const result = run('scripts/suite-cpu/attribute.test.ts');
		expect(result.status, result.stderr).toBe(0);
		const row = result.stdout.split('\n').find((line) => line.startsWith('| scripts/suite-cpu/attribute.test.ts |'));
		// Loading the file and its imports in the worker is work of the test's own.
		const [, , cpu, , , , , testCode] = row?.split('|').map((cell) => cell.trim()) ?? [];
		expect(Number(cpu), result.stdout).toBeGreaterThan(0);
		expect(Number(testCode)).toBeGreaterThan(0);
		expect(result.stdout).toMatch(/^Processor time of the run: \d+ CPU-s in \d+ s/m);
		expect(result.stdout).toMatch(/^\| the whole run \| \d+\.\d \|/m);
	});
});
