import type { Category } from '../../lib/mapCategories';
import { patternId } from './MapPatterns';

interface SwatchProps {
  category: Category | 'territory';
  /** The map's id prefix: the swatch fills with the overview panel's own pattern. */
  idPrefix: string;
}

/**
 * A key's square: a tiny SVG filled with the very pattern the map uses (MapPatterns.tsx,
 * defined in the overview panel), so the key can never drift from the map, keeps its stripes
 * and dots in greyscale, and prints even when the browser drops backgrounds (a fill is
 * content, not a background). Forced colours reach it through the same .mm-cat rules.
 */
export function Swatch({ category, idPrefix }: SwatchProps) {
  return (
    <svg className={`mm-swatch mm-swatch--${category}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {category === 'territory' ? (
        <rect className="mm-territory" width={16} height={16} />
      ) : (
        <rect width={16} height={16} fill={`url(#${patternId(`${idPrefix}-overview`, category)})`} />
      )}
    </svg>
  );
}
