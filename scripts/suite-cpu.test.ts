import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, [join(import.meta.dirname, 'suite-cpu.ts'), ...args], {
		encoding: 'utf-8',
		env: { ...process.env, CI: 'true' },
	});

describe('npm run suite:cpu', () => {
	it('runs the files named, gives each a line, and counts the processor time of the run', () => {
		const result = run('scripts/suite-cpu/attribute.test.ts');
		expect(result.status, result.stderr).toBe(0);
		// The file has its line, from the setup file's word; its worker lives well under the half second between two
		// readings here, so what it used may fall between them, and only Vitest's own process is sure to show time.
		expect(result.stdout).toMatch(/^\| scripts\/suite-cpu\/attribute\.test\.ts \| \d+\.\d \|/m);
		expect(result.stdout).toMatch(/^\| \(no test file\) \| (?!0\.0 )\d+\.\d \|/m);
		expect(result.stdout).toMatch(/^Processor time of the run: \d+ CPU-s in \d+ s/m);
		expect(result.stdout).toMatch(/^\| the whole run \| \d+\.\d \|/m);
	});

	it('says in one line that there is nothing to count when Vitest ran no test file, and keeps its exit status', () => {
		const result = run('--no-such-option');
		expect(result.status).toBe(1);
		expect(result.stdout).not.toContain('| the whole run |');
		expect(result.stderr.trim().split('\n').at(-1)).toBe(
			'npm run suite:cpu: Vitest ran no test file (it exited with 1; its message is above), so there is nothing to count.',
		);
	});
});
