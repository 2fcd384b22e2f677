import { describe, expect, it } from 'vitest';
import { classifyChanges, kindOf } from './changes.ts';
import { selectSteps, steps } from './steps.ts';
import { renderSummary, type StepResult } from './summary.ts';

const step = (script: string) => steps.find((s) => s.script === script)!;
const results = (statuses: Record<string, StepResult['status']>): StepResult[] =>
	steps.map((s) => ({ step: s, status: statuses[s.script] ?? 'not run', seconds: statuses[s.script] ? 2 : undefined }));

describe('the steps a pull request must pass', () => {
	it('run the content check first and the tests last', () => {
		expect(steps.map((s) => s.script)).toEqual(['check', 'lint', 'typecheck', 'build', 'test']);
		expect(steps.filter((s) => s.blames === 'content').map((s) => s.script)).toEqual(['check']);
	});

	it('can be narrowed with --only, keeping their order, and names what it does not know', () => {
		expect(selectSteps('test,check').selected.map((s) => s.script)).toEqual(['check', 'test']);
		expect(selectSteps(undefined).selected).toHaveLength(5);
		expect(selectSteps('check, lnt').unknown).toEqual(['lnt']);
	});
});

describe('what a pull request changes', () => {
	it.each([
		['content/sessions/2026-05-07-x.md', 'content'],
		['content/i18n/lo.json', 'content'],
		['.github/workflows/validate.yml', 'workflows'],
		['package.json', 'dependencies'],
		['package-lock.json', 'dependencies'],
		['src/lib/sanitize-html.ts', 'code'],
		['contentious.ts', 'code'],
		['tests/fixtures/small-site/content/x.md', 'code'],
	])('counts %s as %s', (path, kind) => {
		expect(kindOf(path)).toBe(kind);
	});

	it('groups paths by kind', () => {
		expect(classifyChanges(['content/a.md', 'astro.config.mjs', '.github/CODEOWNERS'])).toEqual({
			content: ['content/a.md'],
			code: ['astro.config.mjs'],
			workflows: ['.github/CODEOWNERS'],
			dependencies: [],
		});
	});
});

describe('the job summary', () => {
	it('says every check passed, in English and Lao, with a row per step', () => {
		const md = renderSummary({
			results: results({ check: 'passed', lint: 'passed', typecheck: 'passed', build: 'passed', test: 'passed' }),
			contentProblems: [],
		});
		expect(md).toMatch(/^## ✅ Every check passed · ຜ່ານການກວດທັງໝົດ\n/);
		expect(md.match(/^\| .* \| ✅ passed · ຜ່ານ \| 2 s \|$/gm)).toHaveLength(5);
		expect(md).not.toContain('content problem');
		expect(md).not.toContain('site’s code');
	});

	it('lists each content problem as the checker printed it, and blames the content, not the code', () => {
		const line = 'content/sessions/2026-05-07-zoom.md:6: format: found "zoom"; expected one of online, in-person, hybrid';
		const md = renderSummary({ results: results({ check: 'failed' }), contentProblems: [line] });
		expect(md).toContain('## ❌ Failed at: Check the content · ບໍ່ຜ່ານທີ່: ກວດເນື້ອຫາ');
		expect(md).toContain('### 1 content problem · ບັນຫາໃນເນື້ອຫາ 1 ຢ່າງ');
		expect(md).toContain(`\`\`\`\n${line}\n\`\`\``);
		expect(md).toContain('ແກ້ໄຂແຕ່ລະແຖວ');
		expect(md).toContain('| Lint the code · ກວດຮູບແບບລະຫັດ | ⏭️ not run · ບໍ່ໄດ້ແລ່ນ |  |');
		expect(md).not.toContain('site’s code');
	});

	it('says plainly when the failure is in the code and the content passed', () => {
		const md = renderSummary({ results: results({ check: 'passed', lint: 'passed', typecheck: 'failed' }), contentProblems: [] });
		expect(md).toContain('## ❌ Failed at: Type-check the code');
		expect(md).toContain('The content passed its check. “Type-check the code” failed, and that step tests the site’s code.');
		expect(md).toContain('ເນື້ອຫາຜ່ານການກວດແລ້ວ. ຂັ້ນຕອນ “ກວດປະເພດຂໍ້ມູນໃນລະຫັດ” ບໍ່ຜ່ານ');
	});

	it('does not blame the code when the content check did not run', () => {
		const md = renderSummary({ results: [{ step: step('test'), status: 'failed' }], contentProblems: [] });
		expect(md).not.toContain('site’s code');
	});

	it('keeps a contributed line with backticks inside its block', () => {
		const line = 'content/sessions/x.md:3: title: found "```</details>"; expected text';
		const md = renderSummary({ results: results({ check: 'failed' }), contentProblems: [line] });
		expect(md).toContain(`\`\`\`\`\n${line}\n\`\`\`\``);
	});

	it('names the files a pull request changes outside content/, and says nothing when it changes only content', () => {
		const passed = results({ check: 'passed' });
		const outside = renderSummary({
			results: passed,
			contentProblems: [],
			changes: classifyChanges(['content/sessions/a.md', 'package.json', '.github/workflows/deploy.yml', 'src/x.ts']),
		});
		expect(outside).toContain('It changes 3 files outside `content/` (code, workflows, dependencies). A maintainer must review them');
		expect(outside).toContain('ມັນປ່ຽນ 3 ໄຟລ໌ ຢູ່ນອກ `content/` (ລະຫັດ, workflow, dependency)');
		expect(outside).toContain('- dependencies: `package.json`');
		expect(outside).not.toContain('content/sessions/a.md');
		const contentOnly = renderSummary({ results: passed, contentProblems: [], changes: classifyChanges(['content/sessions/a.md']) });
		expect(contentOnly).not.toContain('changes more than content');
	});
});
