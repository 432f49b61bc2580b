/**
 * The map's answer to "who belongs where" on a given day: one category per state, from its
 * standing in CELAC and in the OAS (lib/membershipStatus.ts). The legend, the colours
 * (tokens.css --cat-*) and the patterns all key on these names; the words a reader sees are
 * the dictionary's (src/i18n/<locale>/map.ts, `categories`).
 */
import type { DatedStatus } from './membershipStatus';
import { isIrregular, statusOnDate, takesPart, type StatusOnDate } from './membershipStatus';

/** In legend order. Keep in sync with the --cat-* tokens in src/styles/tokens.css. */
export const CATEGORIES = ['both', 'celac-only', 'oas-only', 'irregular', 'none'] as const;

export type Category = (typeof CATEGORIES)[number];

/** What the legend calls each category, per language: the `map.categories` of src/i18n/<locale>/map.ts. */
export type CategoryLabels = Readonly<Record<Category, string>>;

/** What a category needs of a state: its two histories. */
export interface Histories {
  celac: readonly DatedStatus[];
  oas: readonly DatedStatus[];
}

/**
 * The category of a pair of standings. An in-between standing in either organisation
 * (suspended, excluded, leaving, disputed) wins, because it is what a reader must notice;
 * otherwise the category says where the state takes part.
 */
export function categoryOf(celac: StatusOnDate, oas: StatusOnDate): Category {
  if (isIrregular(celac) || isIrregular(oas)) return 'irregular';
  const inCelac = takesPart(celac);
  const inOas = takesPart(oas);
  if (inCelac && inOas) return 'both';
  if (inCelac) return 'celac-only';
  if (inOas) return 'oas-only';
  return 'none';
}

/** A state's category on `isoDate`. */
export function categoryOnDate(state: Histories, isoDate: string): Category {
  return categoryOf(statusOnDate(state.celac, isoDate), statusOnDate(state.oas, isoDate));
}

/** How many of these categories there are of each (every category present, zeros included). */
export function countCategories(categories: Iterable<Category>): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const category of categories) counts[category] += 1;
  return counts;
}

/** How many states fall in each category on `isoDate`. */
export function categoryCounts(states: readonly Histories[], isoDate: string): Record<Category, number> {
  return countCategories(states.map((state) => categoryOnDate(state, isoDate)));
}
