/**
 * The submission form in the browser: builds the entry's Markdown file from
 * the answers, checks it with the same schema and messages as `npm run check`,
 * and offers it to copy, download, or propose on GitHub.
 */
import { checkEntryText, type KnownIds } from '../check/check-entry.ts';
import { formatProblem } from '../check/problem.ts';
import { entryFileName, entryPath, entryText, nest } from '../lib/contribute/entry-file.ts';
import { collectionOf, type ContributionType } from '../lib/contribute/fields.ts';

type Config = {
	known: KnownIds;
	repository: { url: string; branch: string };
	sectionTitles: Record<string, Record<string, string>>;
	strings: { ready: string; copied: string };
};

function value(control: Element): unknown {
	const kind = (control as HTMLElement).dataset.kind;
	if (control instanceof HTMLFieldSetElement) {
		return [...control.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
	}
	const raw = (control as HTMLInputElement).value.trim();
	if (raw === '') return undefined;
	if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
	if (kind === 'yes-no') return raw === 'true';
	return raw;
}

export function startContributeForm(): void {
	const form = document.querySelector<HTMLFormElement>('[data-contribute]');
	const configScript = document.querySelector('[data-contribute-config]');
	if (!form || !configScript) return;
	const config = JSON.parse(configScript.textContent ?? '{}') as Config;
	const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
	const problemsBox = form.querySelector<HTMLElement>('[data-problems]')!;
	const result = form.querySelector<HTMLElement>('[data-result]')!;
	form.hidden = false;

	const showType = () => {
		for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-type]')) {
			const shown = fieldset.dataset.type === typeSelect.value;
			fieldset.hidden = !shown;
			fieldset.disabled = !shown;
		}
	};

	const build = () => {
		const type = typeSelect.value as ContributionType;
		const fieldset = form.querySelector<HTMLFieldSetElement>(`fieldset[data-type="${type}"]`)!;
		const answers: Record<string, unknown> = {};
		for (const control of fieldset.querySelectorAll('[data-kind]')) {
			if (control.closest('fieldset[data-kind]') && !(control instanceof HTMLFieldSetElement)) continue;
			const name = (control as HTMLElement).dataset.field ?? (control as HTMLInputElement).name;
			answers[name] = value(control);
		}
		const data = nest(answers);
		const slug = form.querySelector<HTMLInputElement>('input[name="slug"]')!.value.trim();
		const path = entryPath(type, entryFileName(type, data, slug || undefined));
		const lang = typeof data.lang === 'string' ? data.lang : 'en';
		const body = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.value;
		const text = entryText(type, data, { body, sectionTitles: (s) => (config.sectionTitles[lang] ?? config.sectionTitles.en)?.[s] ?? s });
		return { type, path, text, problems: checkEntryText(collectionOf[type], path, text, config.known) };
	};

	const check = () => {
		const { path, text, problems } = build();
		const list = problemsBox.querySelector('ul')!;
		list.replaceChildren(
			...problems.map((problem) => {
				const item = document.createElement('li');
				item.textContent = formatProblem(problem);
				return item;
			}),
		);
		problemsBox.hidden = problems.length === 0;
		result.hidden = problems.length > 0;
		if (problems.length) return;
		result.querySelector('[data-ready]')!.textContent = config.strings.ready.replace('{{path}}', path);
		result.querySelector('[data-file]')!.textContent = text;
		const download = result.querySelector<HTMLAnchorElement>('[data-download]')!;
		download.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
		download.download = path.split('/').pop()!;
		const { url, branch } = config.repository;
		result.querySelector<HTMLAnchorElement>('[data-github]')!.href =
			`${url.replace(/\/$/, '')}/new/${branch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
	};

	typeSelect.addEventListener('change', () => {
		showType();
		problemsBox.hidden = true;
		result.hidden = true;
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		check();
	});
	const copyFile = async (event: Event) => {
		await navigator.clipboard?.writeText(result.querySelector('[data-file]')!.textContent ?? '');
		(event.target as HTMLButtonElement).textContent = config.strings.copied;
	};
	result.querySelector('[data-copy]')!.addEventListener('click', (event) => void copyFile(event));
	showType();
}
