/**
 * Filters the sessions archive in place: each session's list item carries its
 * series, year, themes, approach, language and presenters' organisations.
 * The choice lives in the URL, so a filtered archive can be shared.
 */
export function startSessionFilters(): void {
	const form = document.querySelector<HTMLFormElement>('[data-session-filters]');
	const status = form?.querySelector<HTMLElement>('[data-filter-status]');
	const summary = form?.querySelector<HTMLElement>('[data-filter-summary]');
	if (!form || !status || !summary) return;
	const items = [...document.querySelectorAll<HTMLLIElement>('li[data-session]')];
	const selects = [...form.querySelectorAll('select')];

	const apply = () => {
		const chosen = selects.filter((s) => s.value !== '');
		let shown = 0;
		for (const item of items) {
			const matches = chosen.every((select) => (item.dataset[select.name] ?? '').split(' ').includes(select.value));
			item.hidden = !matches;
			if (matches) shown++;
		}
		for (const section of document.querySelectorAll<HTMLElement>('[data-session-group]')) {
			section.hidden = !section.querySelector('li[data-session]:not([hidden])');
		}
		summary.hidden = chosen.length === 0;
		status.textContent = (status.dataset.template ?? '').replace('{{count}}', String(shown)).replace('{{total}}', String(items.length));
		const params = new URLSearchParams(chosen.map((s) => [s.name, s.value]));
		history.replaceState(null, '', `${location.pathname}${chosen.length ? `?${params}` : ''}`);
	};

	const params = new URL(location.href).searchParams;
	for (const select of selects) select.value = params.get(select.name) ?? '';
	const details = form.querySelector('details');
	if (details && selects.some((s) => s.value !== '')) details.open = true;
	form.hidden = false;
	form.addEventListener('change', apply);
	form.addEventListener('reset', () => setTimeout(apply, 0));
	form.addEventListener('submit', (event) => event.preventDefault());
	apply();
}
