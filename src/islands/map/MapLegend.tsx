import { CATEGORIES, type Category } from '../../lib/mapCategories';
import { fill } from '../../lib/fill';
import { INTL_LOCALE, type Locale } from '../../lib/locales';
import type { MapStrings } from '../../lib/map/mapModel';
import { Swatch } from './Swatch';

interface MapLegendProps {
  counts: Record<Category, number>;
  dateLabel: string;
  /** When the statuses were last checked, for reading: "1 December 2026". */
  checkedLabel: string;
  territories: { name: string; note: string }[];
  idPrefix: string;
  strings: MapStrings;
  locale: Locale;
}

/** What each fill means, and how many states have it on the shown date (zeros kept, so nothing jumps while playing). */
export function MapLegend({ counts, dateLabel, checkedLabel, territories, idPrefix, strings, locale }: MapLegendProps) {
  const t = strings.legend;
  const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
  const plural = new Intl.PluralRules(INTL_LOCALE[locale]);
  const unit = (n: number): string => (plural.select(n) === 'one' ? t.units.one : t.units.other);
  const list = territories.map((x) => fill(t.territoryItem, { name: x.name, note: x.note })).join('; ');
  return (
    <div className="mm-legend">
      <p className="mm-legend__title">{fill(t.title, { date: dateLabel })}</p>
      <ul className="mm-legend__list">
        {CATEGORIES.map((c) => (
          <li key={c} className={counts[c] === 0 ? 'is-empty' : undefined}>
            <Swatch category={c} idPrefix={idPrefix} />
            <span className="mm-legend__label">{strings.categories[c]}</span>
            <span className="mm-legend__count">
              {number.format(counts[c])}
              <span className="sr-only">{` ${unit(counts[c])}`}</span>
            </span>
          </li>
        ))}
        <li>
          <Swatch category="territory" idPrefix={idPrefix} />
          <span className="mm-legend__label">{t.territory}</span>
        </li>
      </ul>
      <details className="mm-legend__more">
        <summary>{t.more}</summary>
        <p>{fill(t.territories, { list })}</p>
        <p>{fill(t.checked, { date: checkedLabel })}</p>
      </details>
    </div>
  );
}
