import { CATEGORY_LABELS } from '../../lib/mapCategories';
import { statusLabel } from '../../lib/membershipStatus';
import type { StateRow } from '../../lib/map/mapModel';
import { Swatch } from './Swatch';

interface MapTooltipProps {
  row: StateRow;
  /** Where it points, in px from the map's top-left corner. */
  x: number;
  y: number;
  /** The map's width: the tip flips to the left of the pointer near the right edge. */
  width: number;
  idPrefix: string;
}

/**
 * The state under the pointer or the focus: name, category, and standing in each
 * organisation on the shown date. For sighted readers only (aria-hidden): the live region
 * says the same to screen readers, and the details panel holds the history and sources.
 */
export function MapTooltip({ row, x, y, width, idPrefix }: MapTooltipProps) {
  const flip = x > width - 260;
  return (
    <div className={`mm-tip${flip ? ' mm-tip--left' : ''}`} style={{ left: `${x}px`, top: `${y}px` }} aria-hidden="true">
      <p className="mm-tip__name">{row.name}</p>
      <p className="mm-tip__category">
        <Swatch category={row.category} idPrefix={idPrefix} />
        {CATEGORY_LABELS[row.category]}
      </p>
      <dl className="mm-tip__standing">
        <dt>CELAC</dt>
        <dd>{statusLabel(row.celac)}</dd>
        <dt>OAS</dt>
        <dd>{statusLabel(row.oas)}</dd>
      </dl>
      <p className="mm-tip__hint">Click, tap or press Enter for its history</p>
    </div>
  );
}
