/**
 * Whose processor time a test run spent: every process seen during the run is traced up its parents to the Vitest
 * worker that started it, and counted for that worker's test file, by what the process was. A site that several
 * files share counts for the file that built it first.
 */

/** A process seen during the run, with the processor time it used while the run was watched. */
export type SeenProcess = { pid: number; ppid: number; command: string; cpuSeconds: number };

export const kinds = ['Chromium', 'astro build', 'check and new', 'npm', 'test code', 'other'] as const;
export type Kind = (typeof kinds)[number];

/** `worker` is true for a Vitest worker: its own time, like Vitest's own process's, is the tests' own code. */
export function kindOf(command: string, worker: boolean): Kind {
	if (worker || /\bvitest\b/.test(command)) return 'test code';
	// Chromium's helpers run as /proc/self/exe with a --type; the headless shell and the full browser by name.
	if (/chrom/i.test(command) || /\s--type=/.test(command)) return 'Chromium';
	if (/\bastro(\.mjs)?\s+build\b/.test(command)) return 'astro build';
	if (/scripts\/(check|new)\.ts\b/.test(command)) return 'check and new';
	if (/\bnpm\b|npm-cli\.js/.test(command)) return 'npm';
	return 'other';
}

/** `process`, its parent, its parent's parent…, as far as they were seen (and never round a loop). */
function* lineOf(process: SeenProcess, byPid: ReadonlyMap<number, SeenProcess>): Generator<SeenProcess> {
	const visited = new Set<number>();
	for (let p: SeenProcess | undefined = process; p && !visited.has(p.pid); p = byPid.get(p.ppid)) {
		visited.add(p.pid);
		yield p;
	}
}

/** The processes `root` started, however deep, and itself: the run's, not the rest of the machine's. */
export function startedBy(processes: readonly SeenProcess[], root: number): SeenProcess[] {
	const byPid = new Map(processes.map((p) => [p.pid, p]));
	return processes.filter((process) => lineOf(process, byPid).some((p) => p.pid === root));
}

export type FileCpu = { file: string; total: number; byKind: Record<Kind, number> };

const emptyRow = (file: string): FileCpu => ({
	file,
	total: 0,
	byKind: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>,
});

/** Processes no worker started: Vitest's main process, the sampler's own parent shell, anything else on the machine. */
export const unattributed = '(no test file)';

/**
 * The run's processor time by test file and kind, the costliest file first. `workers` names each worker's files (a
 * worker that ran several files in one process, as the pure modules' tests do, is named by all of them).
 */
export function cpuByFile(processes: readonly SeenProcess[], workers: ReadonlyMap<number, readonly string[]>): FileCpu[] {
	const byPid = new Map(processes.map((p) => [p.pid, p]));
	const nameOf = (files: readonly string[]) => (files.length === 1 ? files[0]! : `${files.length} files in one worker`);
	const ownerOf = (process: SeenProcess): string => {
		const files = lineOf(process, byPid).find((p) => workers.has(p.pid));
		return files ? nameOf(workers.get(files.pid)!) : unattributed;
	};
	const rows = new Map<string, FileCpu>();
	const rowOf = (file: string) => {
		const row = rows.get(file) ?? emptyRow(file);
		rows.set(file, row);
		return row;
	};
	// Every file that ran has a line, even one whose worker ended between two readings and was never seen.
	for (const files of workers.values()) rowOf(nameOf(files));
	for (const process of processes) {
		if (process.cpuSeconds <= 0) continue;
		const row = rowOf(ownerOf(process));
		row.byKind[kindOf(process.command, workers.has(process.pid))] += process.cpuSeconds;
		row.total += process.cpuSeconds;
	}
	return [...rows.values()].sort((a, b) => b.total - a.total);
}

/** A Markdown table of `rows` in CPU-seconds to a tenth, with a line for the whole run. */
export function cpuTable(rows: readonly FileCpu[]): string {
	const whole = (n: number) => n.toFixed(1);
	const all = emptyRow('the whole run');
	for (const row of rows) {
		all.total += row.total;
		for (const kind of kinds) all.byKind[kind] += row.byKind[kind];
	}
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [
		line(['test file', 'CPU-s', ...kinds]),
		line(['---', ...Array.from({ length: kinds.length + 1 }, () => '---:')]),
		...[...rows, all].map((row) => line([row.file, whole(row.total), ...kinds.map((k) => whole(row.byKind[k]))])),
	].join('\n');
}
