/**
 * The submission form's first script: it shows the form, and loads the
 * checker (the schemas, the YAML and HTML parsers: about 110 kB gzip) only
 * when a person starts on it, so opening the page costs a reader on a
 * phone plan almost nothing.
 */
export function startContributeForm(): void {
	const form = document.querySelector<HTMLFormElement>('[data-contribute]');
	const configScript = document.querySelector('[data-contribute-config]');
	if (!form || !configScript) return;
	form.hidden = false;
	let started: Promise<() => void> | undefined;
	const start = () =>
		(started ??= import('./contribute-form-check.ts').then(({ startContributeForm: wire }) => {
			form.dataset.checker = 'ready';
			return wire(form, configScript);
		}));
	for (const first of ['focusin', 'pointerdown', 'input', 'change']) form.addEventListener(first, () => void start(), { once: true });
	// Adding and removing a row (a commitment, a turn on the rota) needs no checker, so it works at once.
	form.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-row-add], [data-row-remove]');
		if (!button) return;
		const list = button.closest<HTMLElement>('[data-kind="rows"]')!;
		if (button.matches('[data-row-add]')) {
			const row = list.querySelector('template')!.content.firstElementChild!.cloneNode(true) as HTMLElement;
			list.querySelector('[data-rows]')!.append(row);
			row.querySelector<HTMLElement>('input, select')?.focus();
		} else {
			button.closest('li')!.remove();
			list.querySelector<HTMLElement>('[data-row-add]')!.focus();
		}
		form.dispatchEvent(new Event('input', { bubbles: true }));
	});
	// A press on Check before the checker arrived is answered once it has.
	form.addEventListener('submit', (event) => {
		if (form.dataset.checker === 'ready') return;
		event.preventDefault();
		void start().then((check) => check());
	});
}
