import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../lib/mapCategories';
import { Swatch } from './Swatch';

interface MapLegendProps {
  counts: Record<Category, number>;
  dateLabel: string;
  /** When the statuses were last checked, for reading: "1 December 2026". */
  checkedLabel: string;
  territories: { name: string; note: string }[];
  idPrefix: string;
}

/** What each fill means, and how many states have it on the shown date (zeros kept, so nothing jumps while playing). */
export function MapLegend({ counts, dateLabel, checkedLabel, territories, idPrefix }: MapLegendProps) {
  return (
    <div className="mm-legend">
      <p className="mm-legend__title">States on {dateLabel}</p>
      <ul className="mm-legend__list">
        {CATEGORIES.map((c) => (
          <li key={c} className={counts[c] === 0 ? 'is-empty' : undefined}>
            <Swatch category={c} idPrefix={idPrefix} />
            <span className="mm-legend__label">{CATEGORY_LABELS[c]}</span>
            <span className="mm-legend__count">
              {counts[c]}
              <span className="sr-only">{counts[c] === 1 ? ' state' : ' states'}</span>
            </span>
          </li>
        ))}
        <li>
          <Swatch category="territory" idPrefix={idPrefix} />
          <span className="mm-legend__label">Territory, not a state of either</span>
        </li>
      </ul>
      <details className="mm-legend__more">
        <summary>Territories and sources</summary>
        <p>Drawn as territories: {territories.map((t) => `${t.name} (${t.note})`).join('; ')}.</p>
        <p>Statuses were last checked against their sources on {checkedLabel}; each state’s history lists them.</p>
      </details>
    </div>
  );
}
