/**
 * What a pull request must pass, in order. `npm run verify` runs these; the
 * validate workflow and `.ci/run` call `npm run verify` and list no steps of
 * their own, so the three can never disagree.
 */
export type Step = {
	/** The npm script, also the name used by `--only` and in messages. */
	script: 'check' | 'lint' | 'typecheck' | 'build' | 'test';
	/** What the step proves, for the summary. */
	title: { en: string; lo: string };
	/** `content` when a failure means the contributed files are wrong; `code` when it means the site's code is. */
	blames: 'content' | 'code';
	env?: Record<string, string>;
};

export const steps: readonly Step[] = [
	{ script: 'check', title: { en: 'Check the content', lo: 'ກວດເນື້ອຫາ' }, blames: 'content' },
	{ script: 'lint', title: { en: 'Lint the code', lo: 'ກວດຮູບແບບລະຫັດ' }, blames: 'code' },
	{ script: 'typecheck', title: { en: 'Type-check the code', lo: 'ກວດປະເພດຂໍ້ມູນໃນລະຫັດ' }, blames: 'code' },
	// Starlight's link validator is slow, so only verification turns it on.
	{ script: 'build', title: { en: 'Build the site', lo: 'ສ້າງເວັບໄຊ' }, blames: 'code', env: { PLH_VALIDATE_LINKS: '1' } },
	{ script: 'test', title: { en: 'Run the tests', lo: 'ແລ່ນການທົດສອບ' }, blames: 'code' },
];

/** The steps named by `--only a,b` (all of them without it), or the names it did not know. */
export function selectSteps(only: string | undefined): { selected: Step[]; unknown: string[] } {
	if (!only) return { selected: [...steps], unknown: [] };
	const names = only
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const unknown = names.filter((name) => !steps.some((step) => step.script === name));
	return { selected: steps.filter((step) => names.includes(step.script)), unknown };
}
