/**
 * How content of each language is addressed in the content collections. The default
 * language's entries keep their plain ids ("nobodys-lackey", "celac"), so English is exactly
 * as before; another language's entry is "<locale>/<id>" ("es/lacayo-de-nadie", "es/celac").
 * Pure: the loaders, content.ts and the tests share it. Nothing here names a language: they
 * come from lib/locales.ts.
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

/** The languages whose content is a translation (every language but the default). */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** A collection entry's id for an id of a language: "celac" → "es/celac" (English unchanged). */
export function entryId(locale: Locale, id: string): string {
  return locale === DEFAULT_LOCALE ? id : `${locale}/${id}`;
}

/** The language and own id of a collection entry's id ("es/celac" → es, "celac"). */
export function splitEntryId(id: string): { locale: Locale; id: string } {
  const slash = id.indexOf('/');
  const head = slash > 0 ? id.slice(0, slash) : '';
  return isLocale(head) && head !== DEFAULT_LOCALE ? { locale: head, id: id.slice(slash + 1) } : { locale: DEFAULT_LOCALE, id };
}

/**
 * Where a language's content lives, given the root the translations sit under
 * (content/<locale>/…). The default language's files keep their own places (content/chapters,
 * content/glossary.yaml, …), so they are not built here.
 */
export function translationDir(root: string, locale: Locale): string {
  return `${root.replace(/\/$/, '')}/${locale}`;
}
