/**
 * The membership map's headless model: what the island receives, the date steps, the
 * keyboard walk, the table's rows and sorting, and what the live region says. No DOM, no
 * D3: runs in tests, at build time and in the browser alike (as OWID's MapChartState).
 */
import type { IslandGeometry, MapLabel, MembershipMapGeometry } from '../geo/americasMap';
import type { PanelId } from '../geo/stateTargets';
import type { Dictionary } from '../../i18n/types';
import { CATEGORIES, categoryOf, type Category } from '../mapCategories';
import { changeOnDate, statusLabel, type StatusOnDate } from '../membershipStatus';
import { fill } from '../fill';
import { formatDate } from '../formatDate';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from '../locales';
import { MEMBERSHIP_STATUSES, REGIONS, type MembershipStatus, type Organisation, type Region } from '../membershipVocabulary';

export type { Category, MapLabel, MembershipMapGeometry };

/**
 * The map's words in one language (src/i18n/<locale>/map.ts): the island receives them as its
 * `strings` prop, and every sentence below is filled from their templates.
 */
export type MapStrings = Dictionary['map'];

/** One change as the island shows it: dates already formatted. */
export interface ChangeView {
  date: string;
  /** "3 December 2011", or "1977" when only the year is known. */
  dateLabel: string;
  status: MembershipStatus;
  note?: string | undefined;
  source: { title: string; url: string };
}

/** One state as the island receives it (serialisable). */
export interface StateView {
  iso3: string;
  name: string;
  region: Region;
  celac: ChangeView[];
  oas: ChangeView[];
}

/** A stop of the date control. */
export interface DateStep {
  /** ISO day shown at this stop. */
  date: string;
  /** Under the slider: "1948", "13 Apr\n2022" (two lines), "Dec\n2026". */
  tick: string;
  /**
   * The same where the slider is under 500 px (src/styles/membershipMap.css): "’48", "’22", "’26", all
   * one width, so ten fit a 320 px phone without touching; the line above the slider names
   * the day in full.
   */
  short: string;
  /** What the control and the caption say: "13 April 2022, the article's date" (the dictionary's `date.article`). */
  label: string;
}

/**
 * The id of a panel's shape in the figure's <defs> (MapShapePaths.astro), which the island's
 * panels draw with <use>; unique per map on the page.
 */
export const shapePathId = (idPrefix: string, panel: PanelId, key: string): string => `${idPrefix}-${panel}-shape-${key}`;

/** Everything the island receives (src/figures/membershipMapData.ts builds it at build time). */
export interface MembershipMapData {
  /** By name. */
  states: StateView[];
  geometry: IslandGeometry;
  /** The arrow keys' walk through the states (ISO alpha-3). */
  order: string[];
  steps: DateStep[];
  /**
   * The day the statuses were last checked ('YYYY-MM-DD'): the earliest over all states, so
   * every status shown on it has been checked at least that recently. The control's last stop.
   */
  checked: string;
  /** Territories drawn neutrally, for the note under the legend. */
  territories: { name: string; note: string }[];
}

/** The key years (besides the article's date and today); each shows its last change. */
const KEY_YEARS = [1948, 1962, 2009, 2011, 2017, 2019, 2020, 2023] as const;

/**
 * The control's stops: each key year at its last dated change (so "2009" shows Honduras
 * suspended and Cuba's exclusion lifted), the article's date, and the day the statuses were
 * last checked ("as of"), which is as far as the data can vouch for: never the build's date.
 */
export function dateSteps(
  states: readonly StateView[],
  articleDate: string,
  checked: string,
  strings: MapStrings,
  locale: Locale = DEFAULT_LOCALE,
): DateStep[] {
  const t = strings.date;
  const shortYear = (year: string): string => fill(t.shortYear, { yy: year.slice(2) });
  const days = states.flatMap((s) => [...s.celac, ...s.oas].map((c) => c.date)).filter((d) => d.length === 10);
  const years: DateStep[] = KEY_YEARS.flatMap((year) => {
    const last = days
      .filter((d) => d.startsWith(`${year}-`))
      .sort()
      .at(-1);
    return last ? [{ date: last, tick: String(year), short: shortYear(String(year)), label: formatDate(last, { locale }) }] : [];
  });
  const y = articleDate.slice(0, 4);
  const day = formatDate(articleDate, { locale, month: 'short', year: false });
  const article: DateStep = {
    date: articleDate,
    tick: fill(t.tick, { day, year: y }),
    short: shortYear(y),
    label: fill(t.article, { date: formatDate(articleDate, { locale }) }),
  };
  const cy = checked.slice(0, 4);
  const month = formatDate(checked, { locale, precision: 'month', month: 'short', year: false });
  // "As of" stays in the label (the line above the slider): under the slider it made the last
  // tick twice as wide as the others, and it ran into 2023's below about 880 px.
  const asOf: DateStep = {
    date: checked,
    tick: fill(t.tick, { day: month, year: cy }),
    short: shortYear(cy),
    label: fill(t.checked, { date: formatDate(checked, { locale }) }),
  };
  return [...years.filter((s) => s.date < checked), article, asOf].sort((a, b) => a.date.localeCompare(b.date));
}

/** The stop the slider sits on for `date`: the last stop on or before it (the first if none). */
export function stepIndexFor(steps: readonly DateStep[], date: string): number {
  let index = 0;
  steps.forEach((s, i) => {
    if (s.date <= date) index = i;
  });
  return index;
}

/** A state's standing and category on the shown date: a row of the table, a line of the tooltip. */
export interface StateRow {
  iso3: string;
  name: string;
  celac: StatusOnDate;
  oas: StatusOnDate;
  /** The changes in force, for "since …". */
  celacSince?: ChangeView | undefined;
  oasSince?: ChangeView | undefined;
  category: Category;
}

export function rowFor(state: StateView, date: string): StateRow {
  const celacSince = changeOnDate(state.celac, date);
  const oasSince = changeOnDate(state.oas, date);
  const celac = celacSince?.status ?? null;
  const oas = oasSince?.status ?? null;
  return { iso3: state.iso3, name: state.name, celac, oas, celacSince, oasSince, category: categoryOf(celac, oas) };
}

export type SortKey = 'name' | Organisation | 'category';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const statusRank = (s: StatusOnDate): number => (s === null ? MEMBERSHIP_STATUSES.length : MEMBERSHIP_STATUSES.indexOf(s));

const collators = new Map<Locale, Intl.Collator>();
const collatorFor = (locale: Locale): Intl.Collator => {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(INTL_LOCALE[locale])));
  return c;
};

/** Rows in table order: by the sort key, then by name (in the page's language's alphabetical order). */
export function sortRows(rows: readonly StateRow[], { key, direction }: Sort, locale: Locale = DEFAULT_LOCALE): StateRow[] {
  const collator = collatorFor(locale);
  const byName = (a: StateRow, b: StateRow): number => collator.compare(a.name, b.name);
  const compare = (a: StateRow, b: StateRow): number => {
    if (key === 'name') return byName(a, b);
    const d =
      key === 'category' ? CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) : statusRank(a[key]) - statusRank(b[key]);
    return d;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/** The next sort when a column's header is pressed: a new column ascends, the same one flips. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** "CELAC: Founding member. OAS: Leaving (notice given)." */
function standingText(row: StateRow, strings: MapStrings): string {
  return fill(strings.announce.standing, { celac: statusLabel(row.celac, strings.statuses), oas: statusLabel(row.oas, strings.statuses) });
}

/** A category label inside a sentence: "In both CELAC…" → "in both CELAC…". */
export const inSentence = (category: Category, strings: MapStrings): string =>
  strings.categories[category].replace(/^\p{L}/u, (c) => c.toLowerCase());

/** What the live region says when a state is reached from the keyboard. */
export function announceState(row: StateRow, dateLabel: string, strings: MapStrings): string {
  return fill(strings.announce.state, {
    name: row.name,
    category: inSentence(row.category, strings),
    date: dateLabel,
    standing: standingText(row, strings),
  });
}

/** What the live region says when the date changes: the counts the legend shows. */
export function announceDate(
  dateLabel: string,
  counts: Record<Category, number>,
  strings: MapStrings,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
  const parts = CATEGORIES.filter((c) => counts[c] > 0).map((c) =>
    fill(strings.announce.count, { count: number.format(counts[c]), category: inSentence(c, strings) }),
  );
  return fill(strings.announce.date, { date: dateLabel, counts: parts.join('; ') });
}

/**
 * The keyboard walk: region by region (North America, Central America, the Caribbean, South
 * America), and within a region north to south in rows (centres within 1° of latitude share
 * a row), west to east along a row. States in the Eastern Caribbean callout come last in
 * their region, in the callout's own top-to-bottom order, which is what the reader sees.
 */
export function keyboardOrder(
  states: readonly Pick<StateView, 'iso3' | 'region'>[],
  centres: Record<string, [number, number]>,
  callout: readonly string[] = [],
): string[] {
  const lat = (iso: string): number => centres[iso]?.[1] ?? 0;
  const lon = (iso: string): number => centres[iso]?.[0] ?? 0;
  return REGIONS.flatMap((region) => {
    const inRegion = states.filter((s) => s.region === region && !callout.includes(s.iso3)).map((s) => s.iso3);
    const byLat = inRegion.sort((a, b) => lat(b) - lat(a));
    const rows: string[][] = [];
    for (const iso of byLat) {
      const row = rows.at(-1);
      if (row?.[0] !== undefined && lat(row[0]) - lat(iso) <= 1) row.push(iso);
      else rows.push([iso]);
    }
    const ordered = rows.flatMap((row) => row.sort((a, b) => lon(a) - lon(b)));
    return [...ordered, ...callout.filter((iso) => states.some((s) => s.iso3 === iso && s.region === region))];
  });
}

export type WalkKey = 'next' | 'prev' | 'first' | 'last' | 'open';

/** What a key does on a focused state (arrows in either pair move along the walk). */
export function walkActionForKey(key: string): WalkKey | null {
  const actions: Record<string, WalkKey> = {
    ArrowRight: 'next',
    ArrowDown: 'next',
    ArrowLeft: 'prev',
    ArrowUp: 'prev',
    Home: 'first',
    End: 'last',
    Enter: 'open',
    ' ': 'open',
  };
  return actions[key] ?? null;
}

/** The state reached from `current` by a walk action; the ends do not wrap. */
export function walk(order: readonly string[], current: string, action: Exclude<WalkKey, 'open'>): string {
  const i = Math.max(0, order.indexOf(current));
  const target = { next: Math.min(order.length - 1, i + 1), prev: Math.max(0, i - 1), first: 0, last: order.length - 1 }[action];
  return order[target] ?? current;
}
