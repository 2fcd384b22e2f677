/**
 * Offline reading, after the build: for each language of the site, a web
 * app manifest and a service worker that keeps the pages the language's
 * offline page lists (the toolkit, the guides, the briefs, the latest recaps)
 * and the styles, scripts and fonts they load, within a storage budget.
 *
 * Workbox's injectManifest writes each service worker from
 * src/scripts/service-worker.js: its list of files carries a revision per
 * file, so a deploy that changes a page changes the worker and the reader's
 * copy. generateSW would serve kept pages before the network; this worker
 * asks the network first for pages (see the worker), which needs our own
 * routes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
// The two functions' own modules, not the package's index: the index loads generateSW's bundler (Rollup, Babel,
// Terser), which this never calls and which cost every build about 0.7 s of processor time to load.
import { copyWorkboxLibraries } from 'workbox-build/build/lib/copy-workbox-libraries.js';
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { readSiteSettings } from '../config/site.ts';
import { siteLocales, type SiteLocale } from '../i18n/locales.ts';
import { readUiStrings } from '../loader/ui-strings-files.ts';
import {
	assetsOfPage,
	belowBase,
	offlineListLinks,
	overBudget,
	pageFile,
	precacheBudgetBytes,
	referencesOf,
} from '../lib/offline/precache.ts';
import { manifestIcons, maskableSvg, webAppManifest } from '../lib/offline/web-app-manifest.ts';

/** Below the base: the language's folder (`''`, `lo/`), where its manifest, worker and offline page live. */
export const languageFolder = (locale: Pick<SiteLocale, 'prefix'>) => (locale.prefix ? `${locale.prefix}/` : '');
export const serviceWorkerFile = 'sw.js';
export const manifestFile = 'manifest.webmanifest';
export const offlinePagePath = 'offline/';
/** Pages every language keeps besides its offline page's list: the offline page, and search, which says offline that it needs a connection. */
const alwaysKept = [offlinePagePath, 'search/'];
/** Workbox's modules the worker loads (the rest of what copyWorkboxLibraries copies is removed). */
const runtimeModules = [
	'workbox-sw.js',
	'workbox-core.prod.js',
	'workbox-precaching.prod.js',
	'workbox-routing.prod.js',
	'workbox-strategies.prod.js',
];
/** How long a page may take from the network before the kept copy is shown instead. */
const networkTimeoutSeconds = 4;

export type PrecachePlan = { lang: string; folder: string; files: string[] };
export type PrecacheResult = { lang: string; files: number; bytes: number };

/** A problem a person can fix: the build stops with its message alone. */
export class OfflineProblem extends Error {}

/** The files (below dist/) the service worker of `locale` keeps: its offline page's pages and what they load. */
export function planPrecache(dist: string, base: string, locale: SiteLocale): PrecachePlan {
	const folder = languageFolder(locale);
	const offlinePage = join(dist, pageFile(`${folder}${offlinePagePath}`));
	if (!existsSync(offlinePage)) {
		throw new OfflineProblem(
			`Offline reading: ${posix.join(folder, offlinePagePath)} was not built, so there is nothing to keep for ${locale.lang}.`,
		);
	}
	const listed = offlineListLinks(readFileSync(offlinePage, 'utf-8')).map((path) => {
		const below = belowBase(path, base);
		if (below === undefined)
			throw new OfflineProblem(`Offline reading: the offline page links to ${path}, outside the site's base ${base}.`);
		return below;
	});
	const pages = [...new Set([...alwaysKept.map((path) => `${folder}${path}`), ...listed])].map(pageFile);
	const files = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		const full = join(dist, file);
		if (!existsSync(full)) throw new OfflineProblem(`Offline reading: ${file} is linked from a page kept offline but is not in the build.`);
		files.add(file);
		const here = `${base}${file}`;
		const kind = file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : file.endsWith('.html') ? 'html' : undefined;
		if (!kind) return;
		const text = readFileSync(full, 'utf-8');
		const references = kind === 'html' ? assetsOfPage(text) : referencesOf(text, kind);
		for (const reference of references) {
			const path = new URL(reference, `http://site${here}`).pathname;
			const below = belowBase(decodeURI(path), base);
			if (below !== undefined) visit(below);
		}
	};
	for (const page of pages) visit(page);
	return { lang: locale.lang, folder, files: [...files].sort() };
}

const globEscape = (file: string) => file.replace(/[*?[\]{}()!+@]/g, '\\$&');

/** Writes the service worker of one language from its plan, and returns what it keeps. */
export async function writeServiceWorker(
	dist: string,
	base: string,
	runtime: string,
	plan: PrecachePlan,
	root: string,
): Promise<PrecacheResult> {
	const template = readFileSync(join(root, 'src/scripts/service-worker.js'), 'utf-8');
	const settings = { runtime: `${base}${runtime}/`, offlinePage: `${base}${plan.folder}${offlinePagePath}`, networkTimeoutSeconds };
	const source = join(tmpdir(), `plh-sw-${process.pid}-${plan.lang}.js`);
	writeFileSync(
		source,
		`// Generated by src/integrations/offline.ts from src/scripts/service-worker.js.\nconst plhOffline = ${JSON.stringify(settings)};\n${template}`,
	);
	try {
		const { size, count, warnings } = await injectManifest({
			swSrc: source,
			swDest: join(dist, plan.folder, serviceWorkerFile),
			globDirectory: dist,
			globPatterns: plan.files.map(globEscape),
			// The budget is checked on the whole list below, with a message that says what to do.
			maximumFileSizeToCacheInBytes: precacheBudgetBytes,
			// Pages are kept under the addresses readers ask for: /lo/toolkit/, not /lo/toolkit/index.html.
			manifestTransforms: [
				(entries) => ({
					manifest: entries.map((entry) => ({ ...entry, url: `${base}${entry.url.replace(/(^|\/)index\.html$/, '$1')}` })),
					warnings: [],
				}),
			],
		});
		if (warnings.length > 0) throw new OfflineProblem(`Offline reading (${plan.lang}): ${warnings.join('; ')}`);
		return { lang: plan.lang, files: count, bytes: size };
	} finally {
		rmSync(source, { force: true });
	}
}

/** Workbox's runtime beside the workers, only the modules they load. Returns its folder's name below dist/. */
async function copyRuntime(dist: string): Promise<string> {
	const folder = await copyWorkboxLibraries(dist);
	for (const file of readdirSync(join(dist, folder))) {
		if (!runtimeModules.includes(file)) rmSync(join(dist, folder, file), { force: true });
	}
	return folder;
}

/** The manifest's icons, drawn from the site's favicon. */
function writeIcons(root: string, dist: string): void {
	const favicon = join(root, 'public/favicon.svg');
	if (!existsSync(favicon)) throw new OfflineProblem('Offline reading: public/favicon.svg is missing; the app icons are drawn from it.');
	const logo = readFileSync(favicon, 'utf-8');
	// The favicon's own background: a maskable icon fills the whole square with it.
	const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(logo)?.[1] ?? '#ffffff';
	for (const icon of manifestIcons) {
		const svg = icon.purpose === 'maskable' ? maskableSvg(logo, background) : logo;
		const png = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render().asPng();
		mkdirSync(dirname(join(dist, icon.file)), { recursive: true });
		writeFileSync(join(dist, icon.file), png);
	}
}

function writeManifests(root: string, dist: string, base: string): void {
	const settings = readSiteSettings(root);
	const strings = readUiStrings(root);
	for (const locale of siteLocales) {
		const folder = languageFolder(locale);
		const text = (key: string) => strings.get(locale.lang, key) ?? strings.get(siteLocales[0].lang, key) ?? '';
		const manifest = webAppManifest({
			name: settings.title[locale.lang],
			shortName: text('offline.shortName'),
			description: settings.description[locale.lang],
			lang: locale.lang,
			dir: 'ltr',
			startUrl: `${base}${folder}`,
			base,
		});
		mkdirSync(join(dist, folder), { recursive: true });
		writeFileSync(join(dist, folder, manifestFile), `${JSON.stringify(manifest, null, '\t')}\n`);
	}
}

/** Manifests, icons, the runtime and one service worker per language; fails with one line when a worker is over budget. */
export async function buildOfflineReading(
	root: string,
	dist: string,
	base: string,
	budgetBytes = precacheBudgetBytes,
): Promise<PrecacheResult[]> {
	writeManifests(root, dist, base);
	writeIcons(root, dist);
	const runtime = await copyRuntime(dist);
	const results: PrecacheResult[] = [];
	for (const locale of siteLocales) {
		const result = await writeServiceWorker(dist, base, runtime, planPrecache(dist, base, locale), root);
		const problem = overBudget(locale.lang, result.bytes, budgetBytes);
		if (problem) throw new OfflineProblem(problem);
		results.push(result);
	}
	return results;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

export default function offline(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'peer-learning-hub:offline',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// Not import.meta.env.PROD, which follows NODE_ENV (a build run from the tests has NODE_ENV=test): pages link a
				// manifest and register a worker exactly when this build writes them.
				updateConfig({ vite: { define: { 'import.meta.env.PLH_OFFLINE_READING': JSON.stringify(command === 'build') } } });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const results = await buildOfflineReading(root, fileURLToPath(dir), base);
					const kept = results.map((r) => `${r.lang} ${r.files} files, ${kilobytes(r.bytes)}`).join('; ');
					logger.info(
						`Offline reading: manifests, icons and service workers (${kept}; budget ${kilobytes(precacheBudgetBytes)} each) in ${Math.round(performance.now() - started)} ms.`,
					);
				} catch (error) {
					if (!(error instanceof OfflineProblem)) throw error;
					logger.error(error.message);
					process.exit(1);
				}
			},
		},
	};
}
