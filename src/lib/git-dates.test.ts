import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitDates } from './git-dates.ts';

function commitAt(root: string, date: string, files: Record<string, string>) {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: root, env }).status).toBe(0);
	git('add', '.');
	git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', date);
}

describe('last-updated dates from git', () => {
	it('gives each content file the date of the last commit that changed it', () => {
		const root = mkdtempSync(join(tmpdir(), 'plh-git-'));
		expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
		commitAt(root, '2026-01-05T10:00:00Z', { 'content/themes.yaml': 'a', 'content/sessions/one.md': 'a', 'README.md': 'a' });
		commitAt(root, '2026-03-09T10:00:00Z', { 'content/sessions/one.md': 'b' });
		const dates = readGitDates(root);
		expect(dates.get('content/themes.yaml')?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
		expect(dates.get('content/sessions/one.md')?.toISOString()).toBe('2026-03-09T10:00:00.000Z');
		expect(dates.has('README.md')).toBe(false);
	});

	it('has no dates outside a git checkout', () => {
		expect(readGitDates(mkdtempSync(join(tmpdir(), 'plh-nogit-'))).size).toBe(0);
	});
});
