/**
 * The checker's messages have a translation for every language of the site,
 * from one catalogue: a message added to the code without its Lao fails
 * here, and every problem the checker finds in the mistake fixtures reads
 * in Lao with nothing left in English but the values.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageSources } from '../../scripts/message-sources.ts';
import { checkContent } from '../../src/check/index.ts';
import { toolCatalogues } from '../../src/check/messages/fill.ts';
import { formatProblemIn, isLiteralValue, translateMessage } from '../../src/check/messages/index.ts';
import { fixturesDir, prepareSite, projectRoot } from '../support/site-build.ts';

const holes = (english: string) => english.split('{}').length - 1;

describe('the message catalogue', () => {
	it('has a Lao translation for every message the checker, schemas, loader and command-line tools write', () => {
		const sources = messageSources(projectRoot);
		expect(sources.length).toBeGreaterThan(150);
		const missing = sources.filter((s) => toolCatalogues.lo[s.pattern] === undefined).map((s) => `${s.file}:${s.line}: ${s.pattern}`);
		expect(missing).toEqual([]);
	});

	it('places every value of the English in each translation, once', () => {
		const wrong = Object.entries(toolCatalogues.lo).filter(([english, lao]) => {
			const places = [...lao.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])).sort();
			return lao.trim() === '' || places.join() !== Array.from({ length: holes(english) }, (_, i) => i + 1).join();
		});
		expect(wrong).toEqual([]);
	});

	it('finds a message the code gained without a translation', () => {
		expect(translateMessage('a sentence saying what was learnt', 'lo')).toBe('ໜຶ່ງປະໂຫຍກ ບອກສິ່ງທີ່ໄດ້ຮຽນຮູ້');
		expect(translateMessage('a message nobody translated yet', 'lo')).toBeUndefined();
	});

	it('reads every problem found in the mistake fixtures in Lao, keeping only values as written', () => {
		const mistakes = readdirSync(join(fixturesDir, 'mistakes')).map((m) => join(fixturesDir, 'mistakes', m));
		const site = prepareSite('messages-in-lao', join(fixturesDir, 'small-site'), mistakes, { contentOnly: true });
		const { problems } = checkContent(site.root);
		expect(problems.length).toBeGreaterThan(mistakes.length);
		const untranslated = problems.flatMap((p) =>
			[p.found, p.expected].filter((text) => translateMessage(text, 'lo') === undefined && !isLiteralValue(text)),
		);
		expect(untranslated).toEqual([]);
		const dateLine = problems.find((p) => p.file.endsWith('2026-05-07-bad-date.md'))!;
		expect(formatProblemIn(dateLine, 'lo')).toMatch(/^content\/sessions\/2026-05-07-bad-date\.md:\d+: date: ພົບ .*; ຄວນເປັນ /);
	});
});

describe('npm run check in Lao', () => {
	const site = () => prepareSite('check-in-lao', join(fixturesDir, 'small-site'), [join(fixturesDir, 'mistakes', 'unknown-enum')]);
	const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
		spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: projectRoot, encoding: 'utf-8', env: { ...process.env, ...env } });

	it('speaks Lao with --lang lo or PLH_LANG=lo, and English by default', () => {
		const root = site().root;
		const english = run([root]);
		expect(english.status).toBe(1);
		expect(english.stdout).toContain('format: found "zoom"; expected one of online, in-person, hybrid');
		const byFlag = run(['--lang', 'lo', root]);
		expect(byFlag.stdout).toContain('format: ພົບ "zoom"; ຄວນເປັນ ອັນໃດອັນໜຶ່ງໃນ online, in-person, hybrid');
		expect(byFlag.stderr).toContain('ບັນຫາໃນເນື້ອຫາ');
		expect(run([root], { PLH_LANG: 'lo' }).stdout).toBe(byFlag.stdout);
	});
});
