/**
 * The site's languages. Routes (lib/urls.ts) and dates (lib/formatDate.ts) take one of these;
 * a third language is an entry here, its route names and its dictionary, not new code.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each language formats with: British English, as the site is written. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es' };
