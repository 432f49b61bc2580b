import { History } from './StateDetails';
import type { MapStrings, StateView } from '../../lib/map/mapModel';
import { historyId } from '../../lib/urls';

interface StateHistoriesProps {
  /** By name, in the page's language (src/figures/membershipMapData.ts, stateViews). */
  states: StateView[];
  /** The page's map dictionary (src/i18n/<locale>/map.ts). */
  strings: MapStrings;
}

/**
 * Every state's full dated history in both organisations, each change with its source: the
 * map's details panel for all 35 at once. Rendered at build time only (the /map/ page), so it
 * is there without JavaScript and on paper; the table's names link to it when no script runs.
 * Ids: `history-<ISO3>`, the target of those links (MembershipTable.tsx; lib/urls.ts, stateHistoryHref).
 */
export function StateHistories({ states, strings }: StateHistoriesProps) {
  return (
    <ol className="mm-histories">
      {states.map((s) => (
        <li key={s.iso3} className="mm-histories__state">
          <h3 id={historyId(s.iso3)} className="mm-histories__name">
            {s.name}
          </h3>
          <History organisation="celac" changes={s.celac} strings={strings} />
          <History organisation="oas" changes={s.oas} strings={strings} />
        </li>
      ))}
    </ol>
  );
}
