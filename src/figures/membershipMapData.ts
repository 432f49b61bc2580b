/**
 * Build time: turns the query result (src/content.ts) into the island's serialisable props.
 * The geometry step (lib/geo/americasMap.ts) runs here, so neither TopoJSON nor d3-geo
 * reaches the browser: the island gets path strings, viewBoxes and formatted dates.
 */
import { americasMap } from '../lib/geo/americasMap';
import type { Territory } from '../lib/geo/territoryLabels';
import type { MembershipState, StatusChange } from '../schemas/membership';
import { formatDate } from '../lib/formatDate';
import { dateSteps, keyboardOrder, type ChangeView, type MembershipMapData, type StateView } from '../lib/map/mapModel';

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

/** The day every state's statuses were checked by: the earliest `checked` of all. */
export function checkedDate(states: readonly Pick<MembershipState, 'checked'>[]): string {
  return states.map((s) => s.checked).sort()[0] ?? '';
}

/** Everything the island needs; the control ends at the data's checked date ("as of"). */
export function membershipMapData(
  states: readonly MembershipState[],
  territories: readonly Territory[],
  articleDate: string,
): MembershipMapData {
  const views = states.map(toStateView);
  const geometry = americasMap(states, territories);
  const checked = checkedDate(states);
  return {
    states: views,
    geometry,
    order: keyboardOrder(views, geometry.centres, geometry.inset.callout?.keys),
    steps: dateSteps(views, articleDate, checked),
    checked,
    territories: territories.map((t) => ({ name: t.name, note: t.note })),
  };
}
