/**
 * Messages of the command-line tools, in the reader's language: the checker's
 * catalogue and the tools' own (tools-lo.ts), which the browser never loads.
 */
import { catalogues, type MessageLang } from './index.ts';
import { toolsLo } from './tools-lo.ts';

export const toolCatalogues: Record<Exclude<MessageLang, 'en'>, Record<string, string>> = { lo: { ...catalogues.lo, ...toolsLo } };

/** A message of the tools themselves, written with `{}` for its values: `fill('{} problems in the content.', 'lo', 3)`. */
export function fill(template: string, lang: MessageLang, ...values: (string | number)[]): string {
	if (lang !== 'en') {
		const translated = toolCatalogues[lang][template];
		if (translated !== undefined) return translated.replace(/\{(\d+)\}/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
	}
	let i = 0;
	return template.replace(/\{\}/g, () => String(values[i++] ?? ''));
}
