import type { RefObject } from 'react';
import { fill } from '../../lib/fill';
import type { ChangeView, MapStrings, StateRow, StateView } from '../../lib/map/mapModel';
import { Swatch } from './Swatch';

interface StateDetailsProps {
  id: string;
  state: StateView | undefined;
  row: StateRow | undefined;
  dateLabel: string;
  headingLevel: 2 | 3;
  panelRef: RefObject<HTMLElement | null>;
  idPrefix: string;
  strings: MapStrings;
}

/**
 * One organisation's dated changes for a state, each with its source; `current` is marked as in
 * force on the shown date; a state that never joined gets the dictionary's `never` line.
 * Shared with StateHistories.tsx.
 */
export function History({
  organisation,
  changes,
  current,
  strings,
}: {
  organisation: 'celac' | 'oas';
  changes: ChangeView[];
  current?: ChangeView | undefined;
  strings: MapStrings;
}) {
  const t = strings.details;
  return (
    <div className="mm-history">
      <p className="mm-history__org">{strings.organisations[organisation]}</p>
      {changes.length === 0 ? (
        <p>{t.never[organisation]}</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.date} className={c === current ? 'is-current' : undefined}>
              <time dateTime={c.date}>{c.dateLabel}</time>: <strong>{strings.statuses[c.status]}</strong>
              {c === current && <span className="mm-history__now">{` (${t.inForce})`}</span>}.
              {c.note && <span className="mm-history__note"> {c.note}</span>}{' '}
              <span className="mm-history__source">
                {`${t.source} `}
                <a href={c.source.url}>{c.source.title}</a>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The open state: its category on the shown date and its dated history in each organisation, with a source for every change. */
export function StateDetails({ id, state, row, dateLabel, headingLevel, panelRef, idPrefix, strings }: StateDetailsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      id={id}
      ref={panelRef}
      className="mm-details"
      aria-labelledby={state ? `${id}-name` : undefined}
      aria-label={state ? undefined : strings.details.label}
      tabIndex={-1}
    >
      {state && row ? (
        <>
          <Heading id={`${id}-name`} className="mm-details__name">
            {state.name}
          </Heading>
          <p className="mm-details__summary">
            <Swatch category={row.category} idPrefix={idPrefix} />
            {fill(strings.details.summary, { category: strings.categories[row.category], date: dateLabel })}
          </p>
          <History organisation="celac" changes={state.celac} current={row.celacSince} strings={strings} />
          <History organisation="oas" changes={state.oas} current={row.oasSince} strings={strings} />
        </>
      ) : (
        <p className="mm-details__hint">{strings.details.hint}</p>
      )}
    </section>
  );
}
