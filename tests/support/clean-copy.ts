/**
 * A copy of the repository as a fresh `git clone` of the working tree would
 * have it: the files git tracks or would track, and nothing generated
 * (no `.astro/`, `dist/` or caches). It lives under `tests/.work/` so
 * `node_modules` resolves to the project's own, the install this run made
 * from the same lock file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot, type SiteCopy } from './site-build.ts';

export function cleanCopy(name: string): SiteCopy {
	const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: projectRoot,
		encoding: 'utf-8',
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	const root = join(projectRoot, 'tests/.work', name);
	rmSync(root, { recursive: true, force: true });
	for (const file of listed.stdout.split('\0').filter(Boolean)) {
		const from = join(projectRoot, file);
		// A tracked file deleted in the working tree is not in a clone of it either.
		if (!existsSync(from)) continue;
		mkdirSync(dirname(join(root, file)), { recursive: true });
		cpSync(from, join(root, file));
	}
	return { root, dist: join(root, 'dist') };
}
