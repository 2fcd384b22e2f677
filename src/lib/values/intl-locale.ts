/** The locale Intl formats with for a site language: English dates in day-month-year order, as both networks write them. */
export const intlLocale = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat`, built once for each locale and set of options.
 * Building one costs far more than formatting with it, and a build formats
 * dates on every page: a CPU profile at N = 1,000 found a third of the main
 * thread's script time in building formatters.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}\u0000${JSON.stringify(options)}`;
	let format = dateTimeFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		dateTimeFormats.set(key, format);
	}
	return format;
}
