import { join } from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { layersRule } from './layers.js';

RuleTester.describe = describe;
RuleTester.it = it;

const root = join(import.meta.dirname, '../..');
const at = (file: string) => join(root, file);

new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }).run('architecture/layers', layersRule, {
	valid: [
		{ filename: at('src/lib/format.ts'), code: "import { x } from '../schemas/session.ts';" },
		{ filename: at('src/schemas/fields.ts'), code: "import { x } from '../lib/values/zoned-time.ts';" },
		{ filename: at('src/check/index.ts'), code: "import { x } from '../config/site.ts';" },
		{ filename: at('pages/index.astro.ts'), code: "import { x } from '../src/check/index.ts';" },
		{ filename: at('src/lib/format.test.ts'), code: "import { x } from '../../tests/support/site-build.ts';" },
		{ filename: at('src/lib/format.ts'), code: "import { z } from 'zod';" },
	],
	invalid: [
		{
			filename: at('src/schemas/fields.ts'),
			code: "import { x } from '../lib/format.ts';",
			errors: [{ message: /^schemas and strings \(layer 1\) imports src\/lib\/format\.ts from lib \(layer 3\)/ }],
		},
		{
			filename: at('src/loader/content-loader.ts'),
			code: "export { x } from '../lib/sanitize-html.ts';",
			errors: [{ message: /loader \(layer 2\) imports src\/lib\/sanitize-html\.ts/ }],
		},
		{
			filename: at('src/lib/format.ts'),
			code: "const m = import('../scripts/contribute-form.ts');",
			errors: [{ message: /lib \(layer 3\) imports src\/scripts\/contribute-form\.ts from pages and browser code \(layer 5\)/ }],
		},
		{
			filename: at('src/config/site.ts'),
			code: "import { x } from '../check/problem.ts';",
			errors: [{ message: /config never reads through check/ }],
		},
		{
			filename: at('scripts/bench/page-weight.ts'),
			code: "import { x } from '../../tests/support/site-build.ts';",
			errors: [{ message: /nothing outside tests\/ imports tests\// }],
		},
	],
});
