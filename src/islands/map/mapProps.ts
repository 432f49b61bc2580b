/**
 * Build time: turns the query result (src/content.ts) into the island's serialisable props.
 * The geometry step (lib/geo/americasMap.ts) runs here, so neither TopoJSON nor d3-geo
 * reaches the browser: the island gets path strings, viewBoxes and formatted dates.
 */
import { americasMap, type MembershipMapGeometry } from '../../lib/geo/americasMap';
import { AMERICAS_TERRITORIES } from '../../lib/geo/americasTerritories';
import type { MembershipState, StatusChange } from '../../schemas/membership';
import { dateSteps, formatDate, keyboardOrder, type ChangeView, type DateStep, type StateView } from './mapModel';

export interface MembershipMapData {
  /** By name. */
  states: StateView[];
  geometry: MembershipMapGeometry;
  /** The arrow keys' walk through the states (ISO alpha-3). */
  order: string[];
  steps: DateStep[];
  /** The month the statuses were last checked ('YYYY-MM'): the earliest over all states. */
  checked: string;
  /** Territories drawn neutrally, for the note under the legend. */
  territories: { name: string; note: string }[];
}

const toChange = (c: StatusChange): ChangeView => ({
  date: c.date,
  dateLabel: formatDate(c.date),
  status: c.status,
  ...(c.note ? { note: c.note } : {}),
  source: { title: c.source.title, url: c.source.url },
});

export function toStateView(s: MembershipState): StateView {
  return { iso3: s.iso3, name: s.name, region: s.region, celac: s.celac.map(toChange), oas: s.oas.map(toChange) };
}

/** Everything the island needs; `today` is the build's date, the last stop of the control. */
export function membershipMapData(states: readonly MembershipState[], articleDate: string, today: string): MembershipMapData {
  const views = states.map(toStateView);
  const geometry = americasMap(states);
  return {
    states: views,
    geometry,
    order: keyboardOrder(views, geometry.centres, geometry.inset.callout?.keys),
    steps: dateSteps(views, articleDate, today),
    checked: states.map((s) => s.checked).sort()[0] ?? '',
    territories: AMERICAS_TERRITORIES.map((t) => ({ name: t.name, note: t.note })),
  };
}
