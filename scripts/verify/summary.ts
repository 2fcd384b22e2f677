/**
 * The job summary a pull request shows (GitHub's `$GITHUB_STEP_SUMMARY`), in
 * English and Lao: each step's result, each content problem as the checker
 * printed it, and whether a failure is the contributor's to fix or the code's.
 */
import type { Changes } from './changes.ts';
import type { Step } from './steps.ts';

export type StepResult = { step: Step; status: 'passed' | 'failed' | 'not run'; seconds?: number };

export type SummaryInput = {
	results: readonly StepResult[];
	/** The checker's lines (`file:line: field: found …; expected …`), as printed. */
	contentProblems: readonly string[];
	/** What the pull request changes, when git could tell. */
	changes?: Changes;
};

const statusText = {
	passed: { en: 'passed', lo: 'ຜ່ານ', mark: '✅' },
	failed: { en: 'failed', lo: 'ບໍ່ຜ່ານ', mark: '❌' },
	'not run': { en: 'not run', lo: 'ບໍ່ໄດ້ແລ່ນ', mark: '⏭️' },
} as const;

/** A fence longer than any run of backticks in the text, so contributed text cannot close it. */
function fenced(lines: readonly string[]): string {
	const longest = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
	const fence = '`'.repeat(longest + 1);
	return [fence, ...lines, fence].join('\n');
}

function heading(results: readonly StepResult[]): string {
	const failed = results.find((r) => r.status === 'failed');
	if (!failed) return '## ✅ Every check passed · ຜ່ານການກວດທັງໝົດ';
	return `## ❌ Failed at: ${failed.step.title.en} · ບໍ່ຜ່ານທີ່: ${failed.step.title.lo}`;
}

function stepTable(results: readonly StepResult[]): string {
	const rows = results.map(({ step, status, seconds }) => {
		const s = statusText[status];
		const time = seconds === undefined ? '' : `${Math.round(seconds)} s`;
		return `| ${step.title.en} · ${step.title.lo} | ${s.mark} ${s.en} · ${s.lo} | ${time} |`;
	});
	return ['| Step · ຂັ້ນຕອນ | Result · ຜົນ | Time · ເວລາ |', '| --- | --- | --- |', ...rows].join('\n');
}

function contentSection(problems: readonly string[]): string {
	return [
		`### ${problems.length} content problem${problems.length === 1 ? '' : 's'} · ບັນຫາໃນເນື້ອຫາ ${problems.length} ຢ່າງ`,
		'Fix each line below in the file it names (the number after the file name is the line), then push the change again.',
		'',
		'ແກ້ໄຂແຕ່ລະແຖວລຸ່ມນີ້ ໃນໄຟລ໌ທີ່ແຖວນັ້ນບອກ (ຕົວເລກຫຼັງຊື່ໄຟລ໌ແມ່ນເລກແຖວ), ແລ້ວສົ່ງການປ່ຽນແປງຂຶ້ນໄປອີກຄັ້ງ.',
		'',
		fenced(problems),
	].join('\n');
}

function codeFailureSection(step: Step): string {
	return [
		'### The failure is in the site’s code, not in the content · ຄວາມຜິດພາດຢູ່ໃນລະຫັດຂອງເວັບໄຊ, ບໍ່ແມ່ນຢູ່ໃນເນື້ອຫາ',
		`The content passed its check. “${step.title.en}” failed, and that step tests the site’s code. If this pull request changes only files under \`content/\`, this is not your mistake: a maintainer will look at it.`,
		'',
		`ເນື້ອຫາຜ່ານການກວດແລ້ວ. ຂັ້ນຕອນ “${step.title.lo}” ບໍ່ຜ່ານ, ແລະ ຂັ້ນຕອນນີ້ກວດລະຫັດຂອງເວັບໄຊ. ຖ້າ pull request ນີ້ປ່ຽນແຕ່ໄຟລ໌ໃນ \`content/\` ເທົ່ານັ້ນ, ນີ້ບໍ່ແມ່ນຄວາມຜິດຂອງທ່ານ: ຜູ້ດູແລຈະກວດເບິ່ງ.`,
	].join('\n');
}

function changesSection(changes: Changes): string | undefined {
	const outside = [...changes.code, ...changes.workflows, ...changes.dependencies];
	if (outside.length === 0) return undefined;
	const kinds = (['code', 'workflows', 'dependencies'] as const).filter((kind) => changes[kind].length > 0);
	const lo = { code: 'ລະຫັດ', workflows: 'workflow', dependencies: 'dependency' } as const;
	const list = kinds.flatMap((kind) => changes[kind].map((path) => `- ${kind}: \`${path.replace(/`/g, "'")}\``));
	return [
		'### This pull request changes more than content · pull request ນີ້ປ່ຽນຫຼາຍກວ່າເນື້ອຫາ',
		`It changes ${outside.length} file${outside.length === 1 ? '' : 's'} outside \`content/\` (${kinds.join(', ')}). A maintainer must review ${outside.length === 1 ? 'it' : 'them'} before it is merged.`,
		'',
		`ມັນປ່ຽນ ${outside.length} ໄຟລ໌ ຢູ່ນອກ \`content/\` (${kinds.map((kind) => lo[kind]).join(', ')}). ຜູ້ດູແລຕ້ອງກວດກ່ອນຈະລວມເຂົ້າ.`,
		'',
		...list,
	].join('\n');
}

export function renderSummary({ results, contentProblems, changes }: SummaryInput): string {
	const sections = [heading(results), stepTable(results)];
	if (contentProblems.length > 0) sections.push(contentSection(contentProblems));
	const failed = results.find((r) => r.status === 'failed');
	const contentPassed = results.some((r) => r.step.blames === 'content' && r.status === 'passed');
	if (failed && failed.step.blames === 'code' && contentPassed) sections.push(codeFailureSection(failed.step));
	const changed = changes && changesSection(changes);
	if (changed) sections.push(changed);
	return `${sections.join('\n\n')}\n`;
}
