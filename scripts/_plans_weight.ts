import { firstVisit, formChecker } from './bench/page-weight.ts';
const dist = process.argv[2]!;
for (const path of ['/contribute/', '/lo/contribute/']) {
	const first = await firstVisit(dist, path);
	const checker = await formChecker(dist, path);
	console.log(path, 'first visit', (first.total / 1024).toFixed(1), 'kB; checker', (checker.js / 1024).toFixed(1), 'kB gzip');
}
