/**
 * Every string a reader, a screen reader or a crawler meets, per language (src/i18n/<locale>/).
 * Build-time code calls `dictionary(locale)`; islands receive their section as props; browser
 * scripts read theirs from the page (each section's README line says how). A third language is
 * a folder here, its line in src/lib/locales.ts and its content (README, "Adding a language").
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locales.ts';
import type { Dictionary } from './types';
import { en } from './en/index.ts';
import { es } from './es/index.ts';

export type { Dictionary } from './types';

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/** The page's language from Astro.currentLocale (undefined or unknown → English). */
export function localeOf(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}
