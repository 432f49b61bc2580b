import { memo } from 'react';
import { CATEGORY_LABELS } from '../../lib/mapCategories';
import { statusLabel } from '../../lib/membershipStatus';
import { Swatch } from './Swatch';
import { stateHistoryHref } from '../../lib/urls';
import { sortRows, type Sort, type SortKey, type StateRow } from '../../lib/map/mapModel';

interface MembershipTableProps {
  rows: StateRow[];
  sort: Sort;
  dateLabel: string;
  /** Hydrated: headers become sort buttons and names open the details. */
  interactive: boolean;
  open: string | null;
  detailsId: string;
  idPrefix: string;
  /**
   * Without a script, where a state's name leads: its entry in the /map/ page's full list of
   * histories (StateHistories.tsx), "" on that page itself, "/map/" elsewhere.
   */
  historyBase: string;
  onSort: (key: SortKey) => void;
  onOpen: (iso: string) => void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'State' },
  { key: 'celac', label: 'CELAC' },
  { key: 'oas', label: 'OAS' },
  { key: 'category', label: 'On the map' },
];

function SortIcon({ sort, column }: { sort: Sort; column: SortKey }) {
  return (
    <span className="mm-sort__icon" aria-hidden="true">
      {sort.key !== column ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
    </span>
  );
}

/**
 * Every state's standing on the shown date: the map's data as a table (sortable with buttons
 * in the column headers, aria-sort on the sorted one). Without JavaScript it is the full
 * table for the article's date, sorted by name, each name a link to that state's history.
 */
export const MembershipTable = memo(function MembershipTable({
  rows,
  sort,
  dateLabel,
  interactive,
  open,
  detailsId,
  idPrefix,
  historyBase,
  onSort,
  onOpen,
}: MembershipTableProps) {
  return (
    <table className="mm-table">
      <caption>
        CELAC and OAS membership of the {rows.length} independent states of the Americas on {dateLabel}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined}>
              {/* The server's header holds the same text and (hidden) icon as the button, so
                  hydrating changes no column width. */}
              {interactive ? (
                <button type="button" className="mm-sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <SortIcon sort={sort} column={c.key} />
                </button>
              ) : (
                <span className="mm-sort">
                  {c.label}
                  <SortIcon sort={sort} column={c.key} />
                </span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sortRows(rows, sort).map((r) => (
          <tr key={r.iso3}>
            <th scope="row">
              {interactive ? (
                <button
                  type="button"
                  className="mm-table__state"
                  aria-controls={detailsId}
                  aria-expanded={open === r.iso3}
                  onClick={() => onOpen(r.iso3)}
                >
                  {r.name}
                </button>
              ) : (
                <a className="mm-table__state" href={stateHistoryHref(r.iso3, historyBase)}>
                  {r.name}
                </a>
              )}
            </th>
            <td>{statusLabel(r.celac)}</td>
            <td>{statusLabel(r.oas)}</td>
            <td>
              <Swatch category={r.category} idPrefix={idPrefix} />
              <span className="mm-table__category">{CATEGORY_LABELS[r.category]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
