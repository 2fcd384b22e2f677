/**
 * What a pull request changes, by kind: contributors change `content/`;
 * anything else is code, workflows or dependencies, which a maintainer must
 * review (`.github/CODEOWNERS` says the same to GitHub).
 */
import { spawnSync } from 'node:child_process';

export type ChangeKind = 'content' | 'code' | 'workflows' | 'dependencies';

const dependencyFiles = new Set(['package.json', 'package-lock.json', '.nvmrc']);

export function kindOf(path: string): ChangeKind {
	if (path.startsWith('content/')) return 'content';
	if (path.startsWith('.github/')) return 'workflows';
	if (dependencyFiles.has(path)) return 'dependencies';
	return 'code';
}

export type Changes = Record<ChangeKind, string[]>;

export function classifyChanges(paths: readonly string[]): Changes {
	const changes: Changes = { content: [], code: [], workflows: [], dependencies: [] };
	for (const path of paths) changes[kindOf(path)].push(path);
	return changes;
}

/**
 * The files changed since the merge base with `base` (for a pull request,
 * `origin/<target branch>`), or `undefined` when git cannot tell (a shallow
 * clone, an unknown branch).
 */
export function changedFiles(base: string, cwd = process.cwd()): string[] | undefined {
	const diff = spawnSync('git', ['diff', '--name-only', '-z', `${base}...HEAD`], { cwd, encoding: 'utf-8' });
	if (diff.status !== 0) return undefined;
	return diff.stdout.split('\0').filter(Boolean);
}
