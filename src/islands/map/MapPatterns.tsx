import { CATEGORIES, type Category } from '../../lib/mapCategories';

/**
 * The fill of each category: its colour token plus a pattern, so the map reads in greyscale,
 * for colour-blind readers and on a washed-out projector. Solid for "both" (the common case),
 * stripes, dots, cross-hatching, plain pale for "neither". The keys' swatches (Swatch.tsx)
 * fill with these very patterns, so there is nothing to keep in sync.
 */
export const patternId = (prefix: string, category: Category): string => `${prefix}-${category}`;

function Ink({ category, size }: { category: Category; size: number }) {
  const line = (x1: number, y1: number, x2: number, y2: number) => (
    <line className="mm-ink" x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={size / 4} />
  );
  switch (category) {
    case 'celac-only':
      return line(size / 2, 0, size / 2, size);
    case 'oas-only':
      return <circle className="mm-ink mm-ink--dot" cx={size / 2} cy={size / 2} r={size / 5} />;
    case 'irregular':
      return (
        <>
          {line(size / 2, 0, size / 2, size)}
          {line(0, size / 2, size, size / 2)}
        </>
      );
    default:
      return null;
  }
}

/** One <pattern> per category, sized for drawing at `scale` (1 / the inset's zoom for its shapes). */
export function MapPatterns({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  const size = 6 * scale;
  return (
    <>
      {CATEGORIES.map((category) => (
        <pattern
          key={category}
          id={patternId(prefix, category)}
          patternUnits="userSpaceOnUse"
          width={size}
          height={size}
          patternTransform={category === 'celac-only' || category === 'irregular' ? 'rotate(45)' : undefined}
        >
          <rect className={`mm-cat mm-cat--${category}`} width={size} height={size} />
          <Ink category={category} size={size} />
        </pattern>
      ))}
    </>
  );
}
