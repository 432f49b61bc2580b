/**
 * Build time: turns the query result (src/content.ts) into the island's serialisable props.
 * The geometry step (lib/geo/americasMap.ts) runs here, so neither TopoJSON nor d3-geo
 * reaches the browser: the island gets shape names, viewBoxes and formatted dates, and the
 * figure draws the path strings once, in its <defs> (membershipMapPaths).
 */
import { americasMap, type IslandGeometry, type MembershipMapGeometry, type ShapePaths, type ShapeRef } from '../lib/geo/americasMap';
import type { MapShape } from '../lib/geo/americasGeometry';
import type { PanelId } from '../lib/geo/stateTargets';
import type { Territory } from '../lib/geo/territoryLabels';
import type { MembershipState, StatusChange } from '../schemas/membership';
import { formatDate } from '../lib/formatDate';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { dateSteps, keyboardOrder, type ChangeView, type MapStrings, type MembershipMapData, type StateView } from '../lib/map/mapModel';

const toChange = (c: StatusChange, locale: Locale): ChangeView => ({
  date: c.date,
  dateLabel: formatDate(c.date, { locale }),
  status: c.status,
  ...(c.note ? { note: c.note } : {}),
  source: { title: c.source.title, url: c.source.url },
});

/** A state as the island shows it, its dates written in `locale` (names and notes are already the query's, in that language). */
export function stateView(s: MembershipState, locale: Locale): StateView {
  const change = (c: StatusChange): ChangeView => toChange(c, locale);
  return { iso3: s.iso3, name: s.name, region: s.region, celac: s.celac.map(change), oas: s.oas.map(change) };
}

/** The states as the island shows them, in `locale` (the /map/ page's histories use the same). */
export const stateViews = (states: readonly MembershipState[], locale: Locale): StateView[] => states.map((s) => stateView(s, locale));

/** English state views, for `states.map(toStateView)`; pages in another language use stateViews(states, locale). */
export const toStateView = (s: MembershipState): StateView => stateView(s, DEFAULT_LOCALE);

/** The day every state's statuses were checked by: the earliest `checked` of all. */
export function checkedDate(states: readonly Pick<MembershipState, 'checked'>[]): string {
  return states.map((s) => s.checked).sort()[0] ?? '';
}

/**
 * Everything the island needs, in the page's language: `states` and `territories` as the query
 * gave them for that language (names, notes, labels), `strings` its map dictionary. The control
 * ends at the data's checked date ("as of").
 */
export function membershipMapData(
  states: readonly MembershipState[],
  territories: readonly Territory[],
  articleDate: string,
  strings: MapStrings,
  locale: Locale = DEFAULT_LOCALE,
): MembershipMapData {
  const views = stateViews(states, locale);
  const geometry = americasMap(states, territories);
  const checked = checkedDate(states);
  return {
    states: views,
    geometry: splitPaths(geometry).geometry,
    order: keyboardOrder(views, geometry.centres, geometry.inset.callout?.keys),
    steps: dateSteps(views, articleDate, checked, strings, locale),
    checked,
    territories: territories.map((t) => ({ name: t.name, note: t.note })),
  };
}

/**
 * The geometry split in two: the island's part, less the path data (which would otherwise reach
 * the page twice: as SVG and as props), and each panel's path data, for the figure's <defs>.
 */
function splitPaths(g: MembershipMapGeometry): { geometry: IslandGeometry; paths: ShapePaths } {
  const { overview, inset } = g;
  const refs = (shapes: MapShape[]): ShapeRef[] => shapes.map(({ key, kind, name }) => ({ key, kind, name }));
  const paths = (shapes: MapShape[]): ShapePaths[PanelId] => shapes.map(({ key, d }) => ({ key, d }));
  return {
    geometry: { ...g, overview: { ...overview, shapes: refs(overview.shapes) }, inset: { ...inset, shapes: refs(inset.shapes) } },
    paths: { overview: paths(overview.shapes), inset: paths(inset.shapes) },
  };
}

/** Each panel's path data by shape, for the figure's <defs> (src/components/MapShapePaths.astro). */
export const membershipMapPaths = (states: readonly MembershipState[], territories: readonly Territory[]): ShapePaths =>
  splitPaths(americasMap(states, territories)).paths;
