/**
 * Browser tests, the benchmarks and the screenshots need Debian’s Chromium. On a fresh machine where we are root
 * with apt, install its headless build (the full browser where a release has no such package); anywhere else, say
 * in one line what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumMissingForPdfs, chromiumPackage, chromiumPath, installChromium } from '../src/lib/print/chromium.ts';

// `npm run build` needs it only for the PDFs, which PLH_PDF=0 skips.
const forPdfs = process.argv.includes('--for-pdfs');
if (forPdfs && process.env.PLH_PDF === '0') process.exit(0);

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

const instruction = forPdfs
	? chromiumMissingForPdfs(path)
	: `Chromium is needed here: run "${installChromium}" as root (or set CHROME_PATH to a Chromium binary), then run this command again.`;
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt || process.env.CHROME_PATH) {
	console.error(instruction);
	process.exit(1);
}

console.error(`Installing Debian’s Chromium (${installChromium})...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const aptInstall = (name: string) => spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env }).status === 0;
const updated = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0;
const installed = updated && (aptInstall(chromiumPackage) || aptInstall('chromium'));
if (!installed || !existsSync(chromiumPath())) {
	console.error(instruction);
	process.exit(1);
}
