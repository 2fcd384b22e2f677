/**
 * The search page in the browser: reads the query and filters from the URL,
 * asks Pagefind, and shows results with natural Lao text. The state lives in
 * the URL, so a search can be shared and reloaded.
 */
import { prepareQuery, removeBoundaries } from '../lib/segment/index.ts';
import { searchFacets } from '../lib/search-facets.ts';

type PagefindResultData = {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
};
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
type PagefindResponse = {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
};
type Pagefind = {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
};

type Strings = {
	results: string;
	oneResult: string;
	none: string;
	searching: string;
	error: string;
	types: Record<string, string>;
};

/** Results shown at once: each needs its own fragment download. */
const pageSize = 5;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// Lao tone marks change meaning: match them exactly rather than folding them away.
		// No web worker: it would download a second copy of Pagefind's code (12 kB) to search an index this size.
		await module.options({ noWorker: true, exactDiacritics: true, baseUrl: base, excerptLength: 22 });
		return module;
	})();
	return pagefind;
}

/** Pagefind's excerpts are escaped text with <mark> highlights; build them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
	const decode = (text: string) =>
		text.replace(
			/&(lt|gt|quot|#39|#x27|amp);/g,
			(_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[entity] ?? '',
		);
	return removeBoundaries(excerpt)
		.split(/(<mark>[^<]*<\/mark>)/)
		.filter(Boolean)
		.map((part) => {
			const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
			if (!marked) return document.createTextNode(decode(part));
			const mark = document.createElement('mark');
			mark.textContent = decode(marked[1]!);
			return mark;
		});
}

function renderResult(data: PagefindResultData, strings: Strings): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = removeBoundaries(data.meta.title ?? data.url);
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'plh-meta';
	meta.textContent = [strings.types[data.meta.type ?? ''], data.meta.date_label, data.meta.context]
		.filter(Boolean)
		.map((part) => removeBoundaries(part!))
		.join(' · ');
	const excerpt = document.createElement('p');
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(heading, meta, excerpt);
	return item;
}

/** Results for a Lao word of several syllables: those holding the syllables together first. */
async function runSearch(pf: Pagefind, query: string, options: Record<string, unknown>) {
	const { terms, phrase } = prepareQuery(query);
	const broad = await pf.search(terms || null, options);
	if (!broad || !phrase) return broad;
	const exact = await pf.search(phrase, options);
	if (!exact || exact.results.length === 0) return broad;
	const seen = new Set(exact.results.map((r) => r.id));
	return { ...broad, results: [...exact.results, ...broad.results.filter((r) => !seen.has(r.id))] };
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-status]');
	const list = document.querySelector<HTMLOListElement>('[data-results]');
	const more = document.querySelector<HTMLButtonElement>('[data-more]');
	const stringsScript = document.querySelector('[data-search-strings]');
	if (!form || !status || !list || !more || !stringsScript) return;
	const strings = JSON.parse(stringsScript.textContent ?? '{}') as Strings;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const facets = form.querySelector<HTMLDetailsElement>('[data-facets]')!;

	const readUrl = () => {
		const params = new URL(location.href).searchParams;
		input.value = params.get('q') ?? '';
		sort.value = params.get('sort') ?? '';
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = params.getAll(box.name).includes(box.value);
		}
		if (form.querySelector('input[type="checkbox"]:checked') || sort.value) facets.open = true;
	};

	const writeUrl = () => {
		const params = new URLSearchParams();
		const data = new FormData(form);
		for (const [key, value] of data) if (typeof value === 'string' && value !== '') params.append(key, value);
		const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
		history.replaceState(null, '', url);
	};

	const selectedFilters = () => {
		const filters: Record<string, { any: string[] }> = {};
		for (const facet of searchFacets) {
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((b) => b.value);
			if (values.length) filters[facet] = { any: values };
		}
		return filters;
	};

	/**
	 * Counts per facet value, as if that facet had no selection of its own, so
	 * choosing one kind of page still shows how many of each other kind there are.
	 */
	const facetCounts = async (pf: Pagefind, query: string, filters: Record<string, { any: string[] }>, own: PagefindResponse) => {
		const counts = { ...own.filters };
		for (const facet of Object.keys(filters)) {
			const others = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== facet));
			const response = await runSearch(pf, query, { filters: others });
			if (response) counts[facet] = response.filters[facet] ?? {};
		}
		return counts;
	};

	const showCounts = (counts: Record<string, Record<string, number>>) => {
		for (const label of form.querySelectorAll<HTMLLabelElement>('[data-option]')) {
			const facet = label.closest<HTMLElement>('[data-facet]')?.dataset.facet ?? '';
			const count = counts[facet]?.[label.dataset.option ?? ''] ?? 0;
			const box = label.querySelector('input')!;
			label.hidden = count === 0 && !box.checked;
			label.querySelector('[data-count]')!.textContent = `(${count})`;
		}
		for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('[data-facet]')) {
			fieldset.hidden = [...fieldset.querySelectorAll('label')].every((l) => l.hidden);
		}
	};

	let results: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;

	const showMore = async () => {
		const batch = results.slice(shown, shown + pageSize);
		const data = await Promise.all(batch.map((r) => r.data()));
		list.append(...data.map((d) => renderResult(d, strings)));
		shown += batch.length;
		more.hidden = shown >= results.length;
	};

	const search = async () => {
		const current = ++generation;
		const query = input.value.trim();
		const filters = selectedFilters();
		writeUrl();
		let pf: Pagefind;
		try {
			pf = await loadPagefind();
		} catch {
			status.textContent = strings.error;
			return;
		}
		if (!query && Object.keys(filters).length === 0) {
			if (current !== generation) return;
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			showCounts(await pf.filters());
			return;
		}
		status.textContent = strings.searching;
		const options = { filters, ...(sort.value === 'newest' ? { sort: { date: 'desc' } } : {}) };
		const response = await runSearch(pf, query, options);
		if (current !== generation || !response) return;
		results = response.results;
		shown = 0;
		list.replaceChildren();
		showCounts(await facetCounts(pf, query, filters, response));
		if (current !== generation) return;
		status.textContent =
			results.length === 0
				? strings.none
				: results.length === 1
					? strings.oneResult
					: strings.results.replace('{{count}}', String(results.length));
		await showMore();
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	const searchSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void search(), 250);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search();
	});
	form.addEventListener('input', searchSoon);
	form.querySelector('[data-clear]')?.addEventListener('click', () => {
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
		sort.value = '';
		void search();
	});
	more.addEventListener('click', () => void showMore());
	readUrl();
	// An empty search page downloads nothing more until the reader starts: Pagefind comes when the box is used.
	const hasState = input.value.trim() !== '' || form.querySelector('input[type="checkbox"]:checked') !== null;
	if (hasState) void search();
	else {
		input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
		facets.addEventListener('toggle', () => void search(), { once: true });
	}
}
