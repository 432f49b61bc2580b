/**
 * The site's languages: one entry each. Routes (lib/urls.ts), dates and numbers
 * (lib/formatDate.ts), `<html lang>`, hreflang and Open Graph tags all read it; a third
 * language is an entry here, a dictionary folder in src/i18n/ and its content (README,
 * "Adding a language").
 */
export const LOCALE_INFO = {
  en: {
    /** The language's name in itself, for the switch. */
    name: 'English',
    /** `<html lang>`: the site is written in British English. */
    htmlLang: 'en',
    /** `hreflang` and the sitemap's alternates. */
    hreflang: 'en',
    /** What Intl formats dates and numbers with. */
    intl: 'en-GB',
    /** `og:locale` (language_TERRITORY). */
    ogLocale: 'en_GB',
    /** The first path segment of each route. */
    routes: {
      chapters: 'chapters',
      timeline: 'timeline',
      map: 'map',
      glossary: 'glossary',
      about: 'about',
      handout: 'handout',
      teach: 'teach',
      embed: 'embed',
      data: 'data',
    },
    /** The downloadable files' names (without extension), under the data route. */
    dataFiles: { membership: 'membership-history', events: 'timeline-events', readme: 'README' },
  },
  es: {
    name: 'Español',
    htmlLang: 'es',
    // Latin American Spanish (UN M.49 region 419), as Mexico writes dates and numbers.
    hreflang: 'es-419',
    intl: 'es-419',
    ogLocale: 'es_LA',
    routes: {
      chapters: 'capitulos',
      timeline: 'linea-de-tiempo',
      map: 'mapa',
      glossary: 'glosario',
      about: 'acerca',
      handout: 'material-impreso',
      teach: 'ensenar',
      embed: 'insertar',
      data: 'datos',
    },
    dataFiles: { membership: 'historial-de-membresia', events: 'eventos-linea-de-tiempo', readme: 'LEAME' },
  },
} as const;

export type Locale = keyof typeof LOCALE_INFO;
export const LOCALES = Object.keys(LOCALE_INFO) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each language formats with. */
export const INTL_LOCALE: Record<Locale, string> = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].intl])) as Record<
  Locale,
  string
>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_INFO, value);
}
