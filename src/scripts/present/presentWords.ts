/**
 * Present mode's words, in the page's language only. They arrive with the mode, as its styles
 * do (presentLoader.ts): each language's `present` section is its own small chunk, and only
 * the page's is fetched, so a reader who never presents downloads none and a Spanish page
 * never loads the English. The page names its language on the Present button
 * (PresentSupport.astro, `data-locale`).
 */
import type { Dictionary } from '../../i18n/types';

export type PresentWords = Dictionary['present'];

const SECTIONS = import.meta.glob<PresentWords>('../../i18n/*/present.ts', { import: 'present' });

let loaded: PresentWords | undefined;

/** The page's language, as PresentSupport.astro wrote it; English when a page does not say. */
function pageLocale(): string {
  return document.querySelector<HTMLElement>('present-button[data-locale]')?.dataset['locale'] ?? 'en';
}

/** Fetches the page's words once; the mode's modules read them with presentWords(). */
export async function loadPresentWords(): Promise<PresentWords> {
  if (loaded) return loaded;
  const load = SECTIONS[`../../i18n/${pageLocale()}/present.ts`] ?? SECTIONS['../../i18n/en/present.ts'];
  if (!load) throw new Error('present mode: no words for this page');
  loaded = await load();
  return loaded;
}

/** The words loadPresentWords() fetched (present mode and the presenter view start after it). */
export function presentWords(): PresentWords {
  if (!loaded) throw new Error('present mode: words not loaded yet');
  return loaded;
}
