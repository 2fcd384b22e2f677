/**
 * The search page in the browser: reads the query and filters from the URL,
 * asks Pagefind, and shows results with natural Lao text. The state lives in
 * the URL, so a search can be shared and reloaded.
 */
import { exactSearches, prepareQuery, removeBoundaries } from '../lib/segment/index.ts';
import { answersQuery, type Stemmer } from '../lib/search-match.ts';
import { searchFacets } from '../lib/search-facets.ts';
import { closeSpelling, hasCorrectableWord, searchWordsFile } from '../lib/search-spelling.ts';

type PagefindResultData = {
	url: string;
	excerpt: string;
	content: string;
	locations: number[];
	meta: Record<string, string | undefined>;
};
type PagefindResult = {
	id: string;
	score: number;
	/** Where in the page's text the query matched. */
	words: number[];
	/** The metadata fields that matched, when the text did not. */
	matchedMetaFields?: string[];
	data: () => Promise<PagefindResultData>;
};

/**
 * Whether a result matched the page itself: its text or its title. Pagefind
 * also searches the metadata shown beside a result, and a Lao date such as
 * "12 ກ.ພ. 2026" would make every session of February answer the query ກ.
 */
const matchedPage = (result: PagefindResult) => result.words.length > 0 || (result.matchedMetaFields ?? []).includes('title');
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
	/** Said before the count when a close spelling was searched for instead: {{typed}} and {{spelled}}. */
	respelled: string;
	searching: string;
	error: string;
	types: Record<string, string>;
};

/** Results listed at once: each needs its own fragment download, made when the result comes into view. */
const pageSize = 5;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// No web worker: it would download a second copy of Pagefind's code (12 kB) to search an index this size.
		// Whether marks must match exactly is set per query (see runSearch).
		await module.options({ noWorker: true, baseUrl: base, excerptLength: 22 });
		return module;
	})();
	return pagefind;
}

let stemmer: Promise<Stemmer> | undefined;
/** The English stemmer, downloaded only for a query whose page words are not simply longer forms of it. */
function loadStemmer(): Promise<Stemmer> {
	stemmer ??= import('porter2').then(
		(module) => module.stem,
		(error: unknown) => {
			// A failed download is tried again on the next search.
			stemmer = undefined;
			throw error;
		},
	);
	return stemmer;
}

let words: Promise<string[]> | undefined;
/** The words of this language's pages, most used first: fetched only when a search finds nothing. */
function loadWords(): Promise<string[]> {
	words ??= fetch(`${base}${searchWordsFile(document.documentElement.lang)}`)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(String(response.status)))))
		.catch(() => {
			// Without the list, a search that found nothing says so, as before; the next one tries again.
			words = undefined;
			return [];
		});
	return words;
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

/** Fills a result's place in the list, kept empty and marked busy until its fragment came. */
function renderResult(item: HTMLLIElement, data: PagefindResultData, strings: Strings): void {
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
	item.removeAttribute('aria-busy');
}

/**
 * Pagefind reads its exact-marks setting while a search runs, after it has
 * loaded the index chunks; searches run one after another so that a Lao
 * query's setting never leaks into an English one started meanwhile.
 */
let queue: Promise<unknown> = Promise.resolve();
function searchWith(pf: Pagefind, term: string | null, exactMarks: boolean, options: Record<string, unknown>) {
	const run = queue.then(async () => {
		await pf.options({ exactDiacritics: exactMarks });
		return pf.search(term, options);
	});
	queue = run.catch(() => undefined);
	return run;
}

/** The ids of the pages a search returns. */
async function idsOf(pf: Pagefind, term: string, exactMarks: boolean, options: Record<string, unknown>): Promise<Set<string>> {
	const response = await searchWith(pf, term, exactMarks, options);
	return new Set(response?.results.map((r) => r.id) ?? []);
}

/** The ids of the pages holding `units` side by side, as written. */
async function idsHolding(pf: Pagefind, units: string[], options: Record<string, unknown>): Promise<Set<string>> {
	const ids = new Set<string>();
	for (const search of exactSearches(units)) for (const id of await idsOf(pf, search, true, options)) ids.add(id);
	return ids;
}

/**
 * Pagefind's results, ranked by its scores, narrowed to what the reader meant:
 * Lao syllables found whole, English words found themselves rather than a
 * shorter word Pagefind fell back to, and pages that hold a Lao word's
 * syllables together before pages where they are scattered.
 */
async function runSearch(pf: Pagefind, query: string, options: Record<string, unknown>): Promise<PagefindResponse | null> {
	const { terms, phrases, requiredPhrases, wholeUnits, exactMarks } = prepareQuery(query);
	const broad = await searchWith(pf, terms || null, exactMarks, options);
	if (!broad || !terms) return broad;
	let results = broad.results.filter(matchedPage);
	for (const unit of new Set(wholeUnits)) {
		if (results.length === 0) break;
		const whole = await idsHolding(pf, [unit], options);
		results = results.filter((r) => whole.has(r.id));
	}
	for (const phrase of requiredPhrases) {
		if (results.length === 0) break;
		const together = await idsHolding(pf, phrase, options);
		results = results.filter((r) => together.has(r.id));
	}
	if (results.length > 0) {
		// Pagefind's fallback to a shorter word is the same for every page, so the first result tells.
		const first = await results[0]!.data();
		if (!(await answersQuery(terms.split(' '), first.content, first.locations, loadStemmer))) results = [];
	}
	if (results.length > 1 && phrases.length > 0) {
		let together: Set<string> | undefined;
		for (const phrase of phrases) {
			const ids = await idsHolding(pf, phrase, options);
			together = new Set([...(together ?? ids)].filter((id) => ids.has(id)));
		}
		// The phrase search only says which pages hold the words together; the order stays Pagefind's ranking.
		results = [...results.filter((r) => together!.has(r.id)), ...results.filter((r) => !together!.has(r.id))];
	}
	if (results.length === 0) {
		const none = Object.fromEntries(
			Object.entries(broad.filters).map(([facet, values]) => [facet, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]),
		);
		return { ...broad, results, filters: none };
	}
	return { ...broad, results };
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
	const offlineNotice = document.querySelector<HTMLElement>('[data-search-offline]');
	/** Search runs on an index fetched from the site: with no connection, say so and point at what can be read. */
	const cannotLoad = () => {
		const offline = !navigator.onLine;
		status.textContent = offline ? '' : strings.error;
		if (offlineNotice) offlineNotice.hidden = !offline;
	};

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

	/**
	 * The chosen values of each facet; with `every`, also the facets with none:
	 * Pagefind counts values only for the facets it is given (downloading each
	 * one's index to do so), and `any: []` narrows nothing.
	 */
	const selectedFilters = (every = false) => {
		const filters: Record<string, { any: string[] }> = {};
		for (const facet of searchFacets) {
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((b) => b.value);
			if (every || values.length > 0) filters[facet] = { any: values };
		}
		return filters;
	};
	const anySelected = (filters: Record<string, { any: string[] }>) => Object.values(filters).some((f) => f.any.length > 0);

	/**
	 * Counts per facet value, as if that facet had no selection of its own, so
	 * choosing one kind of page still shows how many of each other kind there are.
	 */
	const facetCounts = async (pf: Pagefind, query: string, filters: Record<string, { any: string[] }>, own: PagefindResponse) => {
		const counts = { ...own.filters };
		for (const facet of Object.keys(filters).filter((name) => filters[name]!.any.length > 0)) {
			const others = { ...filters, [facet]: { any: [] } };
			const response = await runSearch(pf, query, { filters: others });
			if (response) counts[facet] = response.filters[facet] ?? {};
		}
		return counts;
	};

	const showCounts = (counts: Record<string, Record<string, number>>) => {
		for (const label of form.querySelectorAll<HTMLLabelElement>('[data-option]')) {
			const facet = label.closest<HTMLElement>('[data-facet]')?.dataset.facet ?? '';
			const count = counts[facet]?.[label.dataset.option ?? ''] ?? 0;
			// Every value stays on show, an empty one dimmed, so the reader always sees what can be chosen.
			label.toggleAttribute('data-empty', count === 0);
			label.querySelector('[data-count]')!.textContent = `(${count})`;
		}
	};

	/**
	 * The counts beside the filters are worked out only while the filters are
	 * open, for the search they were worked out for: a reader who never opens
	 * them downloads no facet's index.
	 */
	let counted: string | undefined;
	/** The spelling searched for instead of what the reader typed, while the box still holds what was typed. */
	let respelled: { typed: string; spelled: string } | undefined;
	const searchedFor = () => {
		const typed = input.value.trim();
		return respelled?.typed === typed ? respelled.spelled : typed;
	};
	const updateCounts = async (pf: Pagefind) => {
		const query = searchedFor();
		const filters = selectedFilters(true);
		const state = JSON.stringify([query, filters]);
		if (!facets.open || counted === state) return;
		let counts: Record<string, Record<string, number>>;
		if (!query && !anySelected(filters)) counts = await pf.filters();
		else {
			const own = await runSearch(pf, query, { filters });
			if (!own) return;
			counts = await facetCounts(pf, query, filters, own);
		}
		// A later search has counts of its own to show.
		if (state !== JSON.stringify([searchedFor(), selectedFilters(true)])) return;
		showCounts(counts);
		counted = state;
	};

	let results: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;

	/**
	 * Lists the next results, each in a place of its own. Those on screen are
	 * filled at once; the others when the reader scrolls to the first of them,
	 * or moves the keyboard focus into the list, so a reader who reads only
	 * the first results downloads only theirs.
	 */
	let watching: IntersectionObserver | undefined;
	let fillTheRest: (() => void) | undefined;
	list.addEventListener('focusin', () => fillTheRest?.());
	const showMore = async () => {
		// Asking for more means the reader has come past the last batch.
		fillTheRest?.();
		const batch = results.slice(shown, shown + pageSize);
		const places = batch.map(() => {
			const item = document.createElement('li');
			item.setAttribute('aria-busy', 'true');
			return item;
		});
		list.append(...places);
		shown += batch.length;
		more.hidden = shown >= results.length;
		const fill = (indexes: number[]) => Promise.all(indexes.map(async (i) => renderResult(places[i]!, await batch[i]!.data(), strings)));
		const onScreen = (item: HTMLElement) => {
			const { top, bottom } = item.getBoundingClientRect();
			return top < innerHeight && bottom > 0;
		};
		const now = places.flatMap((item, i) => (onScreen(item) ? [i] : []));
		const later = places.flatMap((item, i) => (now.includes(i) ? [] : [i]));
		if (later.length > 0) {
			let asked = false;
			const rest = () => {
				if (asked) return;
				asked = true;
				observer.disconnect();
				if (fillTheRest === rest) fillTheRest = undefined;
				void fill(later);
			};
			const observer = new IntersectionObserver((entries) => {
				if (entries.some((entry) => entry.isIntersecting)) rest();
			});
			for (const i of later) observer.observe(places[i]!);
			watching = observer;
			fillTheRest = rest;
		}
		await fill(now);
	};

	const search = async () => {
		const current = ++generation;
		const query = input.value.trim();
		const filters = selectedFilters();
		writeUrl();
		let pf: Pagefind;
		try {
			if (!navigator.onLine) throw new Error('offline');
			pf = await loadPagefind();
		} catch {
			cannotLoad();
			return;
		}
		if (offlineNotice) offlineNotice.hidden = true;
		if (!query && !anySelected(filters)) {
			if (current !== generation) return;
			watching?.disconnect();
			fillTheRest = undefined;
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			await updateCounts(pf);
			return;
		}
		status.textContent = strings.searching;
		const options = { filters, ...(sort.value === 'newest' ? { sort: { date: 'desc' } } : {}) };
		let response = await runSearch(pf, query, options);
		let spelledAs: typeof respelled;
		if (response?.results.length === 0 && hasCorrectableWord(query)) {
			const spelled = closeSpelling(query, await loadWords());
			const again = spelled === undefined ? null : await runSearch(pf, spelled, options);
			if (spelled !== undefined && again && again.results.length > 0) {
				response = again;
				spelledAs = { typed: query, spelled };
			}
		}
		if (current !== generation || !response) return;
		respelled = spelledAs;
		results = response.results;
		shown = 0;
		watching?.disconnect();
		fillTheRest = undefined;
		list.replaceChildren();
		await updateCounts(pf);
		if (current !== generation) return;
		const count =
			results.length === 0
				? strings.none
				: results.length === 1
					? strings.oneResult
					: strings.results.replace('{{count}}', String(results.length));
		status.textContent = respelled
			? `${strings.respelled.replace('{{typed}}', respelled.typed).replace('{{spelled}}', respelled.spelled)} ${count}`
			: count;
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
	// Said at once, before the reader types: the header's search box leads here with or without a connection.
	if (!navigator.onLine) cannotLoad();
	addEventListener('offline', cannotLoad);
	// An empty search page downloads nothing more until the reader starts: Pagefind comes when the box is used.
	const hasState = input.value.trim() !== '' || form.querySelector('input[type="checkbox"]:checked') !== null;
	if (hasState) void search();
	else input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
	facets.addEventListener('toggle', () => {
		if (facets.open) void loadPagefind().then(updateCounts, cannotLoad);
	});
}
