/**
 * Browser tests, the benchmarks and the screenshots need Debian’s Chromium. On a fresh machine where we are root
 * with apt, install it; anywhere else, say in one line what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumMissingForPdfs, chromiumPath } from '../src/lib/print/chromium.ts';

// `npm run build` needs it only for the PDFs, which PLH_PDF=0 skips.
const forPdfs = process.argv.includes('--for-pdfs');
if (forPdfs && process.env.PLH_PDF === '0') process.exit(0);

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

const instruction = forPdfs
	? chromiumMissingForPdfs(path)
	: `Chromium is needed here: run "apt-get install -y chromium" as root (or set CHROME_PATH to a Chromium binary), then run this command again.`;
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt || process.env.CHROME_PATH) {
	console.error(instruction);
	process.exit(1);
}

console.error('Installing Debian’s Chromium (apt-get install chromium)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
if (install.status !== 0 || !existsSync(chromiumPath())) {
	console.error(instruction);
	process.exit(1);
}
