import type { RefObject } from 'react';
import { CATEGORY_LABELS } from '../../lib/mapCategories';
import { STATUS_LABELS } from '../../lib/membershipStatus';
import type { ChangeView, StateRow, StateView } from './mapModel';

interface StateDetailsProps {
  id: string;
  state: StateView | undefined;
  row: StateRow | undefined;
  dateLabel: string;
  headingLevel: 2 | 3;
  panelRef: RefObject<HTMLElement | null>;
}

function History({ organisation, changes, current, empty }: { organisation: string; changes: ChangeView[]; current: ChangeView | undefined; empty: string }) {
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
export function StateDetails({ id, state, row, dateLabel, headingLevel, panelRef }: StateDetailsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section id={id} ref={panelRef} className="mm-details" aria-labelledby={state ? `${id}-name` : undefined} aria-label={state ? undefined : 'State history'} tabIndex={-1}>
      {state && row ? (
        <>
          <Heading id={`${id}-name`} className="mm-details__name">
            {state.name}
          </Heading>
          <p className="mm-details__summary">
            <span className={`mm-swatch mm-swatch--${row.category}`} aria-hidden="true" />
            {CATEGORY_LABELS[row.category]} on {dateLabel}.
          </p>
          <History organisation="CELAC" changes={state.celac} current={row.celacSince} empty="Never a member: CELAC brings together the states of Latin America and the Caribbean and leaves out the United States and Canada." />
          <History organisation="OAS" changes={state.oas} current={row.oasSince} empty="Never a member." />
        </>
      ) : (
        <p className="mm-details__hint">Choose a state on the map, or its name in the table, to see its history in CELAC and the OAS, with a source for every change.</p>
      )}
    </section>
  );
}
