/**
 * The reader's choice of language, and the section ids the build wrote on the language links,
 * shared by the header's switch (languageSwitch.ts) and present mode's own link to the other
 * language (present/presentControls.ts).
 */
const STORE = 'explainer:language';

/** A chapter's section ids, as LanguageSwitch.astro wrote them in a data-sections attribute. */
export function sectionsOf(element: HTMLElement | null | undefined): string[] {
  try {
    const value: unknown = JSON.parse(element?.dataset['sections'] ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberLanguage(locale: string | undefined): void {
  try {
    if (locale) localStorage.setItem(STORE, locale);
  } catch {
    /* storage may be off: the switch still works, it just isn't remembered */
  }
}

export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null;
  }
}
