/** The locale Intl formats with for a site language: English dates in day-month-year order, as both networks write them. */
export const intlLocale = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);
