/**
 * The mutants `npm run mutate` left alive, one Markdown table row each, grouped
 * by file: the line, the kind of change, the code as written and as mutated.
 * docs/mutation.md keeps this list with a reason beside each (equivalent, or
 * worth a test); regenerate it after a run to see what changed.
 *
 *   node scripts/mutation/survivors.ts [reports/mutation/mutation.json] [--only <path prefix>]
 */
import { readFileSync } from 'node:fs';

type Mutant = { mutatorName: string; replacement?: string; status: string; location: { start: { line: number; column: number } } };
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

const alive = new Set(['Survived', 'NoCoverage']);
const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').slice(0, 100);

export function survivorRows(report: Report, only = ''): string[] {
	const out: string[] = [];
	for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
		if (!file.startsWith(only)) continue;
		const left = mutants.filter((m) => alive.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line);
		if (left.length === 0) continue;
		const lines = source.split('\n');
		out.push(
			'',
			`### \`${file}\` (${left.length} of ${mutants.length} alive)`,
			'',
			'| line | change | code | mutated to |',
			'| ---: | --- | --- | --- |',
		);
		for (const m of left) {
			const code = lines[m.location.start.line - 1] ?? '';
			const status = m.status === 'NoCoverage' ? ' (no test runs it)' : '';
			out.push(`| ${m.location.start.line} | ${m.mutatorName}${status} | \`${cell(code)}\` | \`${cell(m.replacement ?? '')}\` |`);
		}
	}
	return out;
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const onlyAt = args.indexOf('--only');
	const only = onlyAt === -1 ? '' : (args[onlyAt + 1] ?? '');
	const file = args.find((a, i) => !a.startsWith('--') && (onlyAt === -1 || i !== onlyAt + 1)) ?? 'reports/mutation/mutation.json';
	let report: Report;
	try {
		report = JSON.parse(readFileSync(file, 'utf-8')) as Report;
	} catch {
		console.error(`No mutation report at ${file}: run "npm run mutate" first, or name the report's mutation.json.`);
		process.exit(1);
	}
	console.log(survivorRows(report, only).join('\n').trimStart());
}
