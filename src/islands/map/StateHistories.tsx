import { History, NEVER_A_MEMBER } from './StateDetails';
import type { StateView } from '../../lib/map/mapModel';
import { historyId } from '../../lib/urls';

interface StateHistoriesProps {
  /** By name (src/figures/membershipMapData.ts). */
  states: StateView[];
}

/**
 * Every state's full dated history in both organisations, each change with its source: the
 * map's details panel for all 35 at once. Rendered at build time only (the /map/ page), so it
 * is there without JavaScript and on paper; the table's names link to it when no script runs.
 * Ids: `history-<ISO3>`, the target of those links (MembershipTable.tsx; lib/urls.ts, stateHistoryHref).
 */
export function StateHistories({ states }: StateHistoriesProps) {
  return (
    <ol className="mm-histories">
      {states.map((s) => (
        <li key={s.iso3} className="mm-histories__state">
          <h3 id={historyId(s.iso3)} className="mm-histories__name">
            {s.name}
          </h3>
          <History organisation="CELAC" changes={s.celac} empty={NEVER_A_MEMBER.celac} />
          <History organisation="OAS" changes={s.oas} empty={NEVER_A_MEMBER.oas} />
        </li>
      ))}
    </ol>
  );
}
