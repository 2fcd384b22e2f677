/**
 * A synthetic network for the benchmark: N sessions across four series (two
 * held in Lao, two in English), with briefs, people, organisations and awards,
 * written from a fixed seed so every run builds the same content. Text is
 * stitched from the bundled content's own English words and Lao syllables, at
 * the lengths real recaps have. The same session and brief Markdown is also
 * written as a stock Starlight site, the baseline.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { laoSyllables } from '../../src/lib/segment/lao-syllables.ts';

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function vocabulary(root: string) {
	const text = (dir: string) =>
		readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
			.map((d) => readFileSync(join(d.parentPath, d.name), 'utf-8'))
			.join('\n');
	const english = [...new Set(text('content/docs/toolkit').match(/\b[a-z]{3,12}\b/g) ?? [])];
	const lao = [...new Set((text('content/docs/lo').match(/\p{Script=Lao}+/gu) ?? []).flatMap(laoSyllables))];
	return { english, lao };
}

export function writeCorpus(projectRoot: string, ours: string, stock: string, sessions: number, seed = 20261122): void {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
	const words = vocabulary(projectRoot);
	const sentence = (lao: boolean, length: number) => {
		if (lao) {
			// Lao: syllables run together into words of one to four, words separated by spaces now and then.
			const parts: string[] = [];
			while (parts.length < length) parts.push(Array.from({ length: between(1, 4) }, () => pick(words.lao)).join(''));
			return `${parts.join(between(0, 3) === 0 ? ' ' : '')}.`;
		}
		const text = Array.from({ length }, () => pick(words.english)).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = (lao: boolean) => Array.from({ length: between(2, 5) }, () => sentence(lao, between(8, 18))).join(' ');

	rmSync(ours, { recursive: true, force: true });
	rmSync(stock, { recursive: true, force: true });
	const content = join(ours, 'content');
	for (const dir of ['sessions', 'series', 'people', 'organisations', 'awards', 'briefs', 'plans'])
		mkdirSync(join(content, dir), { recursive: true });
	for (const keep of ['site.yaml', 'themes.yaml', 'glossary.yaml', 'sources.yaml', 'i18n', 'docs']) {
		cpSync(join(projectRoot, 'content', keep), join(content, keep), { recursive: true });
	}
	const themes = (readFileSync(join(projectRoot, 'content/themes.yaml'), 'utf-8').match(/^- id: ([\w-]+)/gm) ?? []).map((l) => l.slice(6));
	const write = (path: string, data: Record<string, unknown>, body = '') =>
		writeFileSync(join(content, path), `---\n${stringify(data, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ''}`);

	const series = [
		{ id: 'lao-hangouts-a', lang: 'lo', zone: 'Asia/Vientiane', offset: '+07:00', country: 'LA', cadence: 'monthly' },
		{ id: 'lao-hangouts-b', lang: 'lo', zone: 'Asia/Vientiane', offset: '+07:00', country: 'LA', cadence: 'weekly' },
		{ id: 'plp-group-a', lang: 'en', zone: 'Africa/Lagos', offset: '+01:00', country: 'NG', cadence: 'bi-monthly' },
		{ id: 'plp-group-b', lang: 'en', zone: 'Africa/Lagos', offset: '+01:00', country: 'NG', cadence: 'monthly' },
	];
	const organisations = Array.from({ length: Math.max(4, Math.round(sessions / 30)) }, (_, i) => `org-${i + 1}`);
	organisations.forEach((id, i) =>
		write(`organisations/${id}.md`, {
			name: `Benchmark Organisation ${i + 1}`,
			kind: pick(['cso', 'ingo', 'network']),
			country: pick(['LA', 'NG']),
			// Every other organisation lets its commitments carry its name, so pages show both kinds.
			nameOnCommitments: i % 2 === 0,
			sample: true,
		}),
	);
	for (const s of series) {
		write(`series/${s.id}.md`, {
			name: `Benchmark series ${s.id}`,
			network: 'Benchmark network',
			country: s.country,
			cadence: s.cadence,
			lang: s.lang,
			timezone: s.zone,
			host: organisations[0],
			joinInfo: sentence(false, 12),
			description: sentence(false, 16),
			sample: true,
		});
		if (s.lang === 'en') {
			write(`plans/${s.id}.md`, {
				series: s.id,
				goal: sentence(false, 14),
				outcomes: Array.from({ length: 3 }, () => sentence(false, 12)),
				frequency: s.cadence,
				members: organisations.slice(0, 6),
				rota: Array.from({ length: 4 }, (_, j) => ({ when: `2025-${String(j * 2 + 1).padStart(2, '0')}`, host: pick(organisations) })),
				sample: true,
			});
		}
	}
	const people = Array.from({ length: Math.max(6, Math.round(sessions / 10)) }, (_, i) => `person-${i + 1}`);
	people.forEach((id, i) => {
		const named = i % 7 !== 3;
		write(`people/${id}.md`, {
			...(named ? { name: `Sample Person ${i + 1}` } : {}),
			organisation: pick(organisations),
			role: pick(['Programme Officer', 'Finance Manager', 'Nutrition Volunteer', 'Director']),
			consent: { name: named },
			sample: true,
		});
	});

	const stockDocs = join(stock, 'src/content/docs');
	mkdirSync(join(stockDocs, 'sessions'), { recursive: true });
	mkdirSync(join(stockDocs, 'briefs'), { recursive: true });
	const stockPage = (path: string, title: string, description: string, body: string) =>
		writeFileSync(join(stockDocs, path), `---\n${stringify({ title, description }, { lineWidth: 0 })}---\n\n${body}\n`);

	/** Each series' latest ALS and BMC, so the next one checks in on its commitments or reports on its benchmark. */
	const lastAls = new Map<string, { id: string; commitments: string[] }>();
	const lastBmc = new Map<string, string>();
	const start = Date.UTC(2016, 0, 1);
	for (let i = 0; i < sessions; i++) {
		const s = series[i % series.length]!;
		const lao = s.lang === 'lo';
		const day = new Date(start + Math.floor((i * 3650 * 86400000) / sessions));
		const date = `${day.toISOString().slice(0, 10)}T${pick(['09:00', '10:00', '14:00'])}${s.offset}`;
		const id = `${day.toISOString().slice(0, 10)}-session-${i + 1}`;
		const approach = lao ? pick(['talk-discussion', 'training']) : pick(['als', 'bmc']);
		const title = sentence(lao, between(4, 9)).replace(/\.$/, '');
		const summary = sentence(lao, between(12, 22));
		const body = Array.from({ length: between(2, 4) }, () => paragraph(lao)).join('\n\n');
		const chatham = approach === 'als' && next() < 0.5;
		const loop: Record<string, unknown> = {};
		const earlierAls = lastAls.get(s.id);
		const earlierBmc = lastBmc.get(s.id);
		if (earlierAls?.commitments.length) {
			loop.checkIns = earlierAls.commitments.map((commitment) => ({
				session: earlierAls.id,
				commitment,
				status: pick(['done', 'in-progress', 'changed', 'dropped']),
				note: sentence(false, 10),
			}));
		}
		if (earlierBmc && approach !== 'bmc') {
			loop.progress = [
				{ benchmark: earlierBmc, step: pick(['s1', 's2', 's3']), status: pick(['done', 'in-progress']), note: sentence(false, 10) },
			];
		}
		if (approach === 'als') {
			const commitments = Array.from({ length: between(1, 2) }, (_, j) => ({
				id: `c${j + 1}`,
				text: sentence(false, 12),
				...(chatham ? {} : { organisation: pick(organisations) }),
			}));
			loop.commitments = commitments;
			lastAls.set(s.id, { id, commitments: commitments.map((c) => c.id) });
		}
		if (approach === 'bmc') {
			loop.benchmark = {
				text: sentence(false, 14),
				baseline: sentence(false, 10),
				organisation: pick(organisations),
				roadmap: ['s1', 's2', 's3'].map((step) => ({ id: step, step: sentence(false, 8) })),
			};
			lastBmc.set(s.id, id);
		}
		write(
			`sessions/${id}.md`,
			{
				series: s.id,
				title,
				summary,
				date,
				lang: s.lang,
				format: pick(['online', 'online', 'in-person']),
				approach,
				themes: [pick(themes), pick(themes)].filter((v, j, a) => a.indexOf(v) === j),
				presenters: [pick(people)],
				facilitator: pick(people),
				host: pick(organisations),
				attendance: between(8, 60),
				takeaways: Array.from({ length: between(2, 3) }, () => sentence(lao, between(8, 16))),
				...(chatham ? { confidentiality: 'chatham-house' } : {}),
				...loop,
				sample: true,
			},
			body,
		);
		stockPage(`sessions/${id}.md`, title, summary, body);
	}

	const sections = [
		'Overview',
		'Objectives',
		'What action was taken?',
		'What would we do differently?',
		'Adaptation and applicability',
		'Next steps',
		'Further information',
	];
	const briefs = Math.max(2, Math.round(sessions / 20));
	for (let i = 0; i < briefs; i++) {
		const title = sentence(false, between(6, 11)).replace(/\.$/, '');
		const summary = sentence(false, 20);
		const body = sections.map((heading) => `## ${heading}\n\n${paragraph(false)}`).join('\n\n');
		write(
			`briefs/brief-${i + 1}.md`,
			{
				title,
				summary,
				country: pick(['LA', 'NG']),
				themes: [pick(themes)],
				date: String(2016 + (i % 10)),
				period: { from: String(2015 + (i % 10)) },
				source: { publisher: 'Benchmark publisher' },
				lang: 'en',
				sample: true,
			},
			body,
		);
		stockPage(`briefs/brief-${i + 1}.md`, title, summary, body);
	}

	const months = new Set<string>();
	for (let i = 0; i < Math.max(2, Math.round(sessions / 15)); i++) {
		const s = series[i % series.length]!;
		const month = `${2016 + Math.floor(i / 48)}-${String((Math.floor(i / 4) % 12) + 1).padStart(2, '0')}`;
		if (months.has(`${month}/${s.id}`)) continue;
		months.add(`${month}/${s.id}`);
		write(`awards/${month}-${s.id}.md`, {
			month,
			person: pick(people.filter((_, j) => j % 7 !== 3)),
			series: s.id,
			citation: sentence(false, 18),
			sample: true,
		});
	}

	writeFileSync(
		join(stockDocs, 'index.md'),
		'---\ntitle: Baseline\ndescription: Stock Starlight with the same Markdown.\n---\n\nThe baseline.\n',
	);
	writeStockProject(projectRoot, stock, false);
}

/**
 * The stock Starlight project around the Markdown. `bilingual`: configured
 * with the same two languages as this site (English at the root, Lao under
 * /lo/), so Starlight renders every page a second time as a Lao fallback page,
 * as this site renders every page in both languages.
 */
function writeStockProject(projectRoot: string, stock: string, bilingual: boolean) {
	const locales = bilingual
		? ", defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, lo: { label: 'ລາວ', lang: 'lo' } }"
		: '';
	writeFileSync(
		join(stock, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://baseline.example.org', integrations: [starlight({ title: 'Baseline'${locales} })] });\n`,
	);
	writeFileSync(
		join(stock, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	// Astro bundles only the packages a project declares; undeclared, Starlight would be loaded raw and fail on `astro:` imports.
	const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf-8')) as { dependencies: Record<string, string> };
	const baselineDependencies = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
	writeFileSync(
		join(stock, 'package.json'),
		JSON.stringify({ name: 'baseline', private: true, type: 'module', dependencies: baselineDependencies }, null, 2),
	);
}

/** The same stock project, in both languages. */
export function writeBilingualStock(projectRoot: string, stock: string, bilingualStock: string) {
	rmSync(bilingualStock, { recursive: true, force: true });
	cpSync(join(stock, 'src'), join(bilingualStock, 'src'), { recursive: true });
	writeStockProject(projectRoot, bilingualStock, true);
}
