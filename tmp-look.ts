import { openSite } from './scripts/browser/site-in-browser.ts';
const w = Number(process.argv[2] ?? 390);
const site = await openSite('dist', { viewport: { width: w, height: w < 800 ? 844 : 900 } });
for (const p of process.argv.slice(3)) {
	const page = await site.newPage();
	await page.goto(site.url(p));
	await page.settled();
	const name = `/tmp/shots/${w}${p.replaceAll('/', '_').replaceAll('?', '_')}.png`;
	await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
	console.log(name);
	await page.close();
}
await site.close();
