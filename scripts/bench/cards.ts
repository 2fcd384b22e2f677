/** Card rendering on its own: milliseconds per card, cold and warm, and the bytes of the PNGs. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard } from '../../src/lib/cards/render.ts';
import type { CardSpec } from '../../src/lib/cards/spec.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const sampleSpec = (i: number): CardSpec => ({
	template: 'session',
	size: 'link',
	lang: i % 2 ? 'lo' : 'en',
	kicker: i % 2 ? 'ກອງປະຊຸມ · Friday Hangouts' : 'Session · ACT PLP North-West',
	title: i % 2 ? `ການສື່ສານກ່ຽວກັບໂພຊະນາການຜ່ານສື່ສັງຄົມອອນລາຍ ຄັ້ງທີ ${i}` : `Monthly financial reporting to the board, part ${i}`,
	lines: ['Thursday, 16 April 2026, 10:00 (West Africa Time, GMT+1)', 'Benchmarking Club · Sample Person'],
	site: { name: 'Peer Learning Hub', host: 'example.org' },
});

/** Warm: fonts loaded, in a running process. Cold: a fresh process drawing its first card. */
export async function cardTimings(root: string, count = 30) {
	await renderCard(sampleSpec(0), root);
	const warm: number[] = [];
	for (let i = 1; i <= count; i++) {
		const started = performance.now();
		await renderCard(sampleSpec(i), root);
		warm.push(performance.now() - started);
	}
	const cold: number[] = [];
	for (let i = 0; i < 3; i++) {
		const script = `import { renderCard } from './src/lib/cards/render.ts'; const t = performance.now(); await renderCard(${JSON.stringify(sampleSpec(i))}, process.cwd()); console.log(performance.now() - t);`;
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf-8' });
		cold.push(Number(run.stdout.trim()));
	}
	return { warmMs: median(warm), coldMs: median(cold) };
}

/** PNG sizes of the cards in a built site. */
export function cardBytes(dist: string) {
	const sizes = ['og', 'cards'].flatMap((dir) => {
		try {
			return readdirSync(join(dist, dir), { recursive: true, withFileTypes: true })
				.filter((d) => d.isFile() && d.name.endsWith('.png'))
				.map((d) => statSync(join(d.parentPath, d.name)).size);
		} catch {
			return [];
		}
	});
	return { count: sizes.length, medianKB: Math.round(median(sizes) / 102.4) / 10, maxKB: Math.round(Math.max(...sizes) / 102.4) / 10 };
}
