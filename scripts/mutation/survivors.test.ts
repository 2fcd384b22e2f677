import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'survivors.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf-8' });

const mutant = (status: string, line: number, mutatorName: string, replacement: string) => ({
	status,
	mutatorName,
	replacement,
	location: { start: { line, column: 1 } },
});

describe('the survivors list', () => {
	const dir = mkdtempSync(join(tmpdir(), 'survivors-'));
	const report = join(dir, 'mutation.json');
	writeFileSync(
		report,
		JSON.stringify({
			files: {
				'src/check/b.ts': {
					source: 'const a = 1;\nif (x || y) go();',
					mutants: [mutant('Killed', 1, 'x', 'y'), mutant('Survived', 2, 'LogicalOperator', 'x && y')],
				},
				'src/lib/a.ts': { source: 'const re = /\\.md$/;', mutants: [mutant('NoCoverage', 1, 'Regex', '/\\.md/')] },
				'src/lib/c.ts': { source: 'ok();', mutants: [mutant('Killed', 1, 'x', 'y')] },
			},
		}),
	);

	it('gives each file with a mutant alive a table, a row per mutant, files in order, table pipes escaped', () => {
		const { stdout, status } = run(report);
		expect(status).toBe(0);
		expect(stdout).toContain('### `src/check/b.ts` (1 of 2 alive)');
		expect(stdout).toContain('| 2 | LogicalOperator | `if (x \\|\\| y) go();` | `x && y` |');
		expect(stdout).toContain('| 1 | Regex (no test runs it) | `const re = /\\.md$/;` | `/\\.md/` |');
		expect(stdout.indexOf('src/check/b.ts')).toBeLessThan(stdout.indexOf('src/lib/a.ts'));
		expect(stdout).not.toContain('src/lib/c.ts');
	});

	it('keeps to the files under --only', () => {
		const { stdout } = run(report, '--only', 'src/lib/');
		expect(stdout).toContain('src/lib/a.ts');
		expect(stdout).not.toContain('src/check/b.ts');
	});

	it('says in one line where the report was looked for when there is none', () => {
		const { stderr, status } = run(join(dir, 'missing.json'));
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toEqual([
			`No mutation report at ${join(dir, 'missing.json')}: run "npm run mutate" first, or name the report's mutation.json.`,
		]);
	});
});
