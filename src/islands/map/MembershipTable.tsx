import { memo } from 'react';
import { statusLabel } from '../../lib/membershipStatus';
import { Swatch } from './Swatch';
import { fill } from '../../lib/fill';
import { INTL_LOCALE, type Locale } from '../../lib/locales';
import { stateHistoryHref } from '../../lib/urls';
import { sortRows, type MapStrings, type Sort, type SortKey, type StateRow } from '../../lib/map/mapModel';

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
  strings: MapStrings;
  locale: Locale;
}

const columns = (strings: MapStrings): { key: SortKey; label: string }[] => [
  { key: 'name', label: strings.table.state },
  { key: 'celac', label: strings.organisations.celac },
  { key: 'oas', label: strings.organisations.oas },
  { key: 'category', label: strings.table.category },
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
  strings,
  locale,
}: MembershipTableProps) {
  const count = new Intl.NumberFormat(INTL_LOCALE[locale]).format(rows.length);
  return (
    <table className="mm-table">
      <caption>{fill(strings.table.caption, { count, date: dateLabel })}</caption>
      <thead>
        <tr>
          {columns(strings).map((c) => (
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
        {sortRows(rows, sort, locale).map((r) => (
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
            <td>{statusLabel(r.celac, strings.statuses)}</td>
            <td>{statusLabel(r.oas, strings.statuses)}</td>
            <td>
              <Swatch category={r.category} idPrefix={idPrefix} />
              <span className="mm-table__category">{strings.categories[r.category]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
