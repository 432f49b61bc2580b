import type { RefObject } from 'react';
import { CATEGORY_LABELS } from '../../lib/mapCategories';
import { STATUS_LABELS } from '../../lib/membershipStatus';
import type { ChangeView, StateRow, StateView } from '../../lib/map/mapModel';
import { Swatch } from './Swatch';

interface StateDetailsProps {
  id: string;
  state: StateView | undefined;
  row: StateRow | undefined;
  dateLabel: string;
  headingLevel: 2 | 3;
  panelRef: RefObject<HTMLElement | null>;
  idPrefix: string;
}

/** What a history says when the state never joined (shared with StateHistories.tsx). */
export const NEVER_A_MEMBER = {
  celac: 'Never a member: CELAC brings together the states of Latin America and the Caribbean and leaves out the United States and Canada.',
  oas: 'Never a member.',
} as const;

/** One organisation's dated changes for a state, each with its source; `current` is marked as in force on the shown date. */
export function History({
  organisation,
  changes,
  current,
  empty,
}: {
  organisation: string;
  changes: ChangeView[];
  current?: ChangeView | undefined;
  empty: string;
}) {
  return (
    <div className="mm-history">
      <p className="mm-history__org">{organisation}</p>
      {changes.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.date} className={c === current ? 'is-current' : undefined}>
              <time dateTime={c.date}>{c.dateLabel}</time>: <strong>{STATUS_LABELS[c.status]}</strong>
              {c === current && <span className="mm-history__now"> (in force on the date shown)</span>}.
              {c.note && <span className="mm-history__note"> {c.note}</span>}{' '}
              <span className="mm-history__source">
                Source: <a href={c.source.url}>{c.source.title}</a>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The open state: its category on the shown date and its dated history in each organisation, with a source for every change. */
export function StateDetails({ id, state, row, dateLabel, headingLevel, panelRef, idPrefix }: StateDetailsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      id={id}
      ref={panelRef}
      className="mm-details"
      aria-labelledby={state ? `${id}-name` : undefined}
      aria-label={state ? undefined : 'State history'}
      tabIndex={-1}
    >
      {state && row ? (
        <>
          <Heading id={`${id}-name`} className="mm-details__name">
            {state.name}
          </Heading>
          <p className="mm-details__summary">
            <Swatch category={row.category} idPrefix={idPrefix} />
            {CATEGORY_LABELS[row.category]} on {dateLabel}.
          </p>
          <History organisation="CELAC" changes={state.celac} current={row.celacSince} empty={NEVER_A_MEMBER.celac} />
          <History organisation="OAS" changes={state.oas} current={row.oasSince} empty={NEVER_A_MEMBER.oas} />
        </>
      ) : (
        <p className="mm-details__hint">
          Choose a state on the map, or its name in the table, to see its history in CELAC and the OAS, with a source for every change.
        </p>
      )}
    </section>
  );
}
