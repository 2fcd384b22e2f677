/**
 * The submission form's checker, loaded when a person starts on the form
 * (contribute-form.ts): builds the entry's Markdown file from
 * the answers, checks it with the rules and messages of `npm run check` (in
 * the page's language), and offers it to download, share, or propose on
 * GitHub.
 */
import { checkEntryText, type KnownIds } from '../check/check-entry.ts';
import { formatProblemIn, type MessageLang } from '../check/messages/index.ts';
import { entryFileName, entryPath, entryText, nest, newFileLink, suggestedSlug } from '../lib/contribute/entry-file.ts';
import { bodyWithPhotos, embedPhotos, photoFileName, photoFolder } from '../lib/contribute/photos.ts';
import { collectionOf, type ContributionType } from '../lib/contribute/fields.ts';
import { pastedLines } from '../lib/contribute/pasted-lines.ts';
import { secondPlanProblem } from '../check/rules/plans.ts';
import type { LoopTarget } from '../check/rules/learning-loop.ts';
import { sortProblems } from '../loader/problem.ts';
import { defaultLang } from '../i18n/locales.ts';
import type { ChosenPhoto } from './contribute-photos.ts';

type Config = {
	lang: MessageLang;
	known: KnownIds;
	/** Names of people who agreed to be named (already on the site), for the Chatham House rule. */
	publicNames: Record<string, string[]>;
	/** What the sessions a check-in or progress report may name recorded. */
	loopTargets: LoopTarget[];
	series: Record<string, { zone: string; slug: string }>;
	/** The series that have a plan, and its file. */
	plans: Record<string, string>;
	repository: { url: string; branch: string };
	sectionTitles: Record<string, Record<string, string>>;
	strings: {
		ready: string;
		copied: string;
		file: string;
		zone: string;
		zoneUnknown: string;
		photoAltMissing: string;
		photoUnreadable: string;
		photoLink: string;
	};
};

/** "Title https://…" (or "https://… Title") on each line: a resource. */
function resource(line: string): Record<string, string> {
	const address = /(https?:\/\/\S+|mailto:\S+)/.exec(line)?.[0];
	const title = (address ? line.replace(address, '') : line).replace(/^[\s:|–—-]+|[\s:|–—-]+$/g, '');
	return { ...(title ? { title } : {}), ...(address ? { url: address } : {}) };
}

/** A text kept under the language it was written in, unless that is the site's first. */
const inLanguage = (control: HTMLElement, text: string) => {
	const writtenIn = control.dataset.inLanguage;
	return writtenIn && writtenIn !== defaultLang ? { [writtenIn]: text } : text;
};

function value(control: HTMLElement, zoneOf: (series: string) => string | undefined, series: string): unknown {
	const kind = control.dataset.kind;
	if (kind === 'rows') {
		// Each row's fields by their name in the row (`rota.when` is `when`); a row left empty is no row.
		const prefix = `${control.dataset.field}.`;
		return [...control.querySelectorAll('[data-rows] > li')]
			.map((row) =>
				nest(
					Object.fromEntries(
						[...row.querySelectorAll<HTMLInputElement>('[data-kind]')].map((part) => [
							part.name.slice(prefix.length),
							value(part, zoneOf, series),
						]),
					),
				),
			)
			.filter((row) => Object.keys(row).length > 0);
	}
	if (control instanceof HTMLFieldSetElement) {
		return [...control.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
	}
	if (kind === 'zoned-date') {
		const day = control.querySelector<HTMLInputElement>('[data-part="day"]')!.value;
		const time = control.querySelector<HTMLInputElement>('[data-part="time"]')!.value;
		if (!day) return undefined;
		const zone = zoneOf(series);
		return time ? `${day}T${time}${zone ? `[${zone}]` : ''}` : day;
	}
	const raw = (control as HTMLInputElement).value.trim();
	if (raw === '') return undefined;
	if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
	if (kind === 'yes-no') return raw === 'true';
	if (kind === 'lines') return pastedLines(raw).map((line) => inLanguage(control, line));
	if (kind === 'resource-lines') return pastedLines(raw).map(resource);
	// A plain text is read as the site's first language; another is written under its own.
	return inLanguage(control, raw);
}

/** Wires the form; returns what a press on Check does, for a press made while this was loading. */
export function startContributeForm(form: HTMLFormElement, configScript: Element): () => void {
	const config = JSON.parse(configScript.textContent ?? '{}') as Config;
	const $ = <E extends Element>(selector: string, root: ParentNode = form) => root.querySelector<E>(selector)!;
	const typeSelect = $<HTMLSelectElement>('select[name="type"]');
	const problemsBox = $<HTMLElement>('[data-problems]');
	const result = $<HTMLElement>('[data-result]');
	const slugInput = $<HTMLInputElement>('input[name="slug"]');
	const zoneOf = (series: string) => config.series[series]?.zone;
	const photoInput = $<HTMLInputElement>('[data-photo-input]');
	const photoList = $<HTMLOListElement>('[data-photos]');
	/** The photos chosen for a recap, each with its description. */
	const photos: { photo: ChosenPhoto; item: HTMLLIElement; alt: HTMLTextAreaElement }[] = [];

	const fieldsetOf = (type: string) => $<HTMLFieldSetElement>(`fieldset[data-type="${type}"]`);
	const showType = () => {
		for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-type]')) {
			const shown = fieldset.dataset.type === typeSelect.value;
			fieldset.hidden = !shown;
			fieldset.disabled = !shown;
		}
		// Awards and plans are named after their month and series, or their series.
		$<HTMLElement>('[data-slug-field]').hidden = typeSelect.value === 'award' || typeSelect.value === 'plan';
	};

	/** The answers of the shown kind, as the schema's nested object. */
	const answers = (type: ContributionType) => {
		const fieldset = fieldsetOf(type);
		const series = fieldset.querySelector<HTMLSelectElement>('[name="series"]')?.value ?? '';
		const flat: Record<string, unknown> = {};
		for (const control of fieldset.querySelectorAll<HTMLElement>('[data-kind]')) {
			if (control.parentElement?.closest('[data-kind]')) continue;
			const name = control.dataset.field ?? (control as HTMLInputElement).name;
			flat[name] = value(control, zoneOf, series);
		}
		return nest(flat);
	};

	const suggestion = (type: ContributionType, data: Record<string, unknown>) => {
		const text = (v: unknown) => (typeof v === 'string' ? v : '');
		const named = type === 'person' && (data.consent as { name?: boolean } | undefined)?.name === true;
		const role = typeof data.role === 'object' && data.role ? Object.values(data.role as Record<string, string>)[0] : data.role;
		const title = text(data.title) || (named ? text(data.name) : '') || (type === 'organisation' ? text(data.name) : '') || text(role);
		return suggestedSlug(title, type === 'session' ? (config.series[text(data.series)]?.slug ?? '') : '');
	};

	const build = () => {
		const type = typeSelect.value as ContributionType;
		const data = answers(type);
		// A person who did not agree to be named: the file is public, so their name stays out of it.
		let withheldName: string | undefined;
		if (type === 'person' && (data.consent as { name?: boolean } | undefined)?.name === false && typeof data.name === 'string') {
			withheldName = data.name;
			delete data.name;
		}
		if (!slugInput.dataset.edited) slugInput.value = suggestion(type, data);
		const path = entryPath(type, entryFileName(type, data, slugInput.value.trim() || undefined));
		const lang = typeof data.lang === 'string' ? data.lang : 'en';
		const fileName = path.split('/').pop()!;
		const chosen = type === 'session' ? photos : [];
		const photoFiles = chosen.map(({ alt }, i) => ({ file: photoFileName(fileName, i + 1), alt: alt.value }));
		const body = bodyWithPhotos($<HTMLTextAreaElement>('textarea[name="body"]').value, photoFiles);
		const titles = config.sectionTitles[lang] ?? config.sectionTitles.en ?? {};
		const text = entryText(type, data, { body, sectionTitles: (s) => titles[s] ?? s });
		let problems = checkEntryText(collectionOf[type], path, text, config.known, {
			sectionTitle: (key) => titles[key.slice('brief.section.'.length)],
			namesOf: (id) => config.publicNames[id] ?? [],
			loopTargets: config.loopTargets,
			...(withheldName ? { withheldName } : {}),
		});
		// A series has one plan: said at its series, naming the plan it has, rather than as a file name taken.
		const first = type === 'plan' ? config.plans[data.series as string] : undefined;
		if (first) {
			const line = text.split('\n').findIndex((l) => l.startsWith('series:')) + 1;
			problems = sortProblems([...problems.filter((p) => p.field !== 'file'), secondPlanProblem(path, line, data.series as string, first)]);
		}
		const photoProblems = [
			...photoFiles.flatMap(({ alt }, i) => (alt.trim() ? [] : [config.strings.photoAltMissing.replace('{{n}}', String(i + 1))])),
		];
		// Only when sent: the photos make it a large string to build on every key pressed.
		const sendable = () =>
			embedPhotos(
				text,
				chosen.map(({ photo }, i) => ({ file: photoFiles[i]!.file, dataUrl: photo.dataUrl })),
			);
		return {
			type,
			path,
			text,
			sendable,
			problems,
			photoProblems,
			photoFiles: chosen.map(({ photo }, i) => ({ ...photoFiles[i]!, photo })),
		};
	};

	/** What follows the answers as they change: the series' zone, the file's name, the consent note. */
	const refresh = () => {
		const type = typeSelect.value as ContributionType;
		const fieldset = fieldsetOf(type);
		const zoneNote = fieldset.querySelector<HTMLElement>('[data-zone]');
		if (zoneNote) {
			const zone = zoneOf(fieldset.querySelector<HTMLSelectElement>('[name="series"]')?.value ?? '');
			zoneNote.textContent = zone ? config.strings.zone.replace('{{zone}}', zone) : config.strings.zoneUnknown;
		}
		const withheld = fieldset.querySelector<HTMLElement>('[data-name-withheld]');
		if (withheld) withheld.hidden = fieldset.querySelector<HTMLSelectElement>('[name="consent.name"]')?.value !== 'false';
		$<HTMLElement>('[data-path]').textContent = config.strings.file.replace('{{path}}', build().path);
	};

	const check = () => {
		const { path, text, sendable, photoFiles, ...found } = build();
		const problems = [...found.problems.map((problem) => formatProblemIn(problem, config.lang)), ...found.photoProblems];
		$<HTMLElement>('ul', problemsBox).replaceChildren(
			...problems.map((problem) => {
				const item = document.createElement('li');
				item.textContent = problem;
				return item;
			}),
		);
		problemsBox.hidden = problems.length === 0;
		result.hidden = problems.length > 0;
		// How many checks have been answered: what a test waits for after pressing Check.
		form.dataset.checks = String(Number(form.dataset.checks ?? 0) + 1);
		if (problems.length) {
			problemsBox.scrollIntoView({ block: 'nearest' });
			return;
		}
		const name = path.split('/').pop()!;
		$('[data-ready]', result).textContent = config.strings.ready.replace('{{path}}', path);
		$('[data-file]', result).textContent = text;
		const download = $<HTMLAnchorElement>('[data-download]', result);
		URL.revokeObjectURL(download.href);
		// Without an account the photos travel inside the one file sent.
		download.href = URL.createObjectURL(new Blob([sendable()], { type: 'text/markdown' }));
		download.download = name;
		// Photos cannot travel in a link: with photos, always the guided path.
		const prefilled = photoFiles.length ? undefined : newFileLink(config.repository, path, text);
		$<HTMLElement>('[data-short]', result).hidden = !prefilled;
		$<HTMLElement>('[data-long]', result).hidden = !!prefilled;
		$<HTMLElement>('[data-too-long]', result).hidden = photoFiles.length > 0;
		$<HTMLElement>('[data-with-photos]', result).hidden = photoFiles.length === 0;
		$<HTMLElement>('[data-photo-steps]', result).hidden = photoFiles.length === 0;
		$<HTMLElement>('[data-photo-downloads]', result).replaceChildren(
			...photoFiles.map(({ file, photo }, i) => {
				const link = document.createElement('a');
				link.href = photo.url;
				link.download = file;
				link.textContent = config.strings.photoLink.replace('{{n}}', String(i + 1));
				return link;
			}),
		);
		const folder = `${path.slice(0, path.lastIndexOf('/') + 1)}${photoFolder}`;
		const repository = config.repository.url.replace(/\/$/, '');
		$<HTMLAnchorElement>('[data-github-upload]', result).href =
			`${repository}/upload/${encodeURIComponent(config.repository.branch)}/${folder}`;
		if (prefilled) $<HTMLAnchorElement>('[data-github]', result).href = prefilled;
		$<HTMLAnchorElement>('[data-github-empty]', result).href = newFileLink(config.repository, path)!;
	};

	typeSelect.addEventListener('change', () => {
		showType();
		problemsBox.hidden = true;
		result.hidden = true;
		refresh();
	});
	form.addEventListener('input', (event) => {
		if (event.target === slugInput) slugInput.dataset.edited = slugInput.value ? 'yes' : '';
		if (event.target !== typeSelect) refresh();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		check();
	});
	$('[data-copy]', result).addEventListener('click', (event) => {
		void navigator.clipboard?.writeText($('[data-file]', result).textContent ?? '').then(() => {
			(event.target as HTMLButtonElement).textContent = config.strings.copied;
		});
	});
	// The phone's share sheet (WhatsApp, e-mail) with the file, photos inside; where a browser cannot share files, the download.
	$('[data-share]', result).addEventListener('click', () => {
		const download = $<HTMLAnchorElement>('[data-download]', result);
		const file = new File([build().sendable()], download.download, { type: 'text/plain' });
		if (navigator.canShare?.({ files: [file] })) {
			navigator.share({ files: [file], title: download.download }).catch(() => undefined);
		} else download.click();
	});

	const showPhotos = () => {
		// How many photo choices have been answered: what a test waits for after choosing.
		form.dataset.photoAnswers = String(Number(form.dataset.photoAnswers ?? 0) + 1);
		refresh();
	};
	const addPhotos = async (files: File[]) => {
		if (!files.length) return;
		const { preparePhoto } = await import('./contribute-photos.ts');
		const template = $<HTMLTemplateElement>('[data-photo-template]');
		const unreadable: string[] = [];
		for (const file of files) {
			try {
				const photo = await preparePhoto(file);
				const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
				const image = $<HTMLImageElement>('img', item);
				image.src = photo.dataUrl;
				image.width = photo.width;
				image.height = photo.height;
				const alt = $<HTMLTextAreaElement>('textarea', item);
				alt.lang = config.lang;
				const entry = { photo, item, alt };
				$('[data-photo-remove]', item).addEventListener('click', () => {
					photos.splice(photos.indexOf(entry), 1);
					URL.revokeObjectURL(photo.url);
					item.remove();
					showPhotos();
				});
				photos.push(entry);
				photoList.append(item);
			} catch {
				unreadable.push(file.name);
			}
		}
		// Said where the photos were chosen; the others are kept, and the entry can still be sent.
		const note = $<HTMLElement>('[data-photo-unreadable]');
		note.textContent = unreadable.map((name) => config.strings.photoUnreadable.replace('{{name}}', name)).join(' ');
		note.hidden = unreadable.length === 0;
		// The same photo may be chosen again after it was removed.
		photoInput.value = '';
		showPhotos();
	};
	photoInput.addEventListener('change', () => void addPhotos([...(photoInput.files ?? [])]));
	showType();
	refresh();
	// Photos chosen while this script was on its way.
	void addPhotos([...(photoInput.files ?? [])]);
	return check;
}
