/**
 * Debian's Chromium, as the PDF build, the browser tests and the benchmarks
 * start it: headless, no sandbox (builds run as root), no background network.
 * Playwright gives each launch a fresh profile of its own.
 */
import { existsSync } from 'node:fs';

/**
 * Debian's headless build of Chromium first (package chromium-headless-shell, from the same source as chromium): it
 * has no windowing layer to start, and a fresh tab costs about a third of the processor time of the full browser's
 * (docs/performance.md), which is most of the test suite's time. Then the full browser, then Google Chrome where a
 * machine has only that (GitHub's Ubuntu runners, which deploy the site).
 */
const knownPaths = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/google-chrome'];

/** The Debian package to install, named once for every message that names it. */
export const chromiumPackage = 'chromium-headless-shell';
export const installChromium = `apt-get install -y ${chromiumPackage}`;

/** CHROME_PATH when set; otherwise the first browser found, or where Debian puts Chromium. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? knownPaths.find((path) => existsSync(path)) ?? knownPaths[0]!;

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** The one line a build prints when it needs Chromium for PDFs and has none. */
export const chromiumMissingForPdfs = (path: string): string =>
	`PDFs are made with Chromium, which is not at ${path}: run "${installChromium}" as root (or set CHROME_PATH to a Chromium binary), or build without PDFs with PLH_PDF=0.`;
