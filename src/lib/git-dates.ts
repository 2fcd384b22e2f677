/**
 * When each content file last changed, from one `git log` per build rather
 * than one per page. Outside a git checkout there are simply no dates.
 */
import { spawnSync } from 'node:child_process';

export function readGitDates(root: string, folder = 'content'): Map<string, Date> {
	const result = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--relative', '--', folder], {
		cwd: root,
		encoding: 'utf-8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const dates = new Map<string, Date>();
	if (result.status !== 0) return dates;
	let current: Date | undefined;
	for (const line of result.stdout.split('\n')) {
		if (line.startsWith('t:')) current = new Date(Number(line.slice(2)) * 1000);
		else if (line && current && !dates.has(line)) dates.set(line, current);
	}
	return dates;
}

let cache: Map<string, Date> | undefined;

/** The date of the last commit that touched `file` (a path from the project root). */
export function lastCommitDate(file: string): Date | undefined {
	cache ??= readGitDates(process.cwd());
	return cache.get(file);
}
