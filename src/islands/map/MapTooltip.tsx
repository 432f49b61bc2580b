import { statusLabel } from '../../lib/membershipStatus';
import type { MapStrings, StateRow } from '../../lib/map/mapModel';
import { Swatch } from './Swatch';

interface MapTooltipProps {
  row: StateRow;
  /** Where it points, in px from the map's top-left corner. */
  x: number;
  y: number;
  /** The map's width: the tip flips to the left of the pointer near the right edge. */
  width: number;
  idPrefix: string;
  strings: MapStrings;
}

/**
 * The state under the pointer or the focus: name, category, and standing in each
 * organisation on the shown date. For sighted readers only (aria-hidden): the live region
 * says the same to screen readers, and the details panel holds the history and sources.
 */
export function MapTooltip({ row, x, y, width, idPrefix, strings }: MapTooltipProps) {
  const flip = x > width - 260;
  return (
    <div className={`mm-tip${flip ? ' mm-tip--left' : ''}`} style={{ left: `${x}px`, top: `${y}px` }} aria-hidden="true">
      <p className="mm-tip__name">{row.name}</p>
      <p className="mm-tip__category">
        <Swatch category={row.category} idPrefix={idPrefix} />
        {strings.categories[row.category]}
      </p>
      <dl className="mm-tip__standing">
        <dt>{strings.organisations.celac}</dt>
        <dd>{statusLabel(row.celac, strings.statuses)}</dd>
        <dt>{strings.organisations.oas}</dt>
        <dd>{statusLabel(row.oas, strings.statuses)}</dd>
      </dl>
      <p className="mm-tip__hint">{strings.tooltip.hint}</p>
    </div>
  );
}
