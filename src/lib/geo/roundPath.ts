/**
 * A d3-geo path context that writes a compact SVG path, rounded to what the drawing needs (as
 * OWID's GeoPathRoundingContext): coordinates snap to a grid of `step` map units, each ring
 * starts absolute and continues with relative moves, points that snap together are dropped,
 * and so are rings that collapse to fewer than three points.
 */
import type { GeoContext } from 'd3-geo';

/** A coordinate rounded to a tenth of a map unit: what labels, markers and frames need. */
export const round1 = (v: number): number => Math.round(v * 10) / 10;

/** The number of decimals a grid step needs (1 → 0, 0.1 → 1). */
const decimalsOf = (step: number): number => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

function formatter(step: number): (units: number) => string {
  const decimals = decimalsOf(step);
  return (units) => {
    const fixed = (units * step).toFixed(decimals);
    const text =
      decimals === 0
        ? fixed
        : fixed
            .replace(/0+$/, '')
            .replace(/\.$/, '')
            .replace(/^(-?)0\./, '$1.');
    return text === '-0' ? '0' : text;
  };
}

/** Numbers joined as SVG allows: a minus sign separates on its own. */
function joinNumbers(numbers: string[]): string {
  return numbers.reduce((out, n, i) => (i === 0 || n.startsWith('-') ? out + n : `${out} ${n}`), '');
}

/**
 * Pass to `geoPath(projection, context)`, draw polygons, then read `result()`. Only closed
 * rings are written (polygons are all the map draws): a line left open is dropped.
 */
export class RoundingContext implements GeoContext {
  private readonly fmt: (units: number) => string;
  /** The open ring, in grid units. */
  private grid: [number, number][] = [];
  private readonly parts: string[] = [];

  constructor(private readonly step: number) {
    this.fmt = formatter(step);
  }

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.grid = [];
    this.lineTo(x, y);
  }

  lineTo(x: number, y: number): void {
    const g: [number, number] = [Math.round(x / this.step), Math.round(y / this.step)];
    const prev = this.grid.at(-1);
    if (!prev || prev[0] !== g[0] || prev[1] !== g[1]) this.grid.push(g);
  }

  closePath(): void {
    const { grid, fmt } = this;
    this.grid = [];
    const first = grid[0];
    const last = grid.at(-1);
    if (first && last && grid.length > 1 && first[0] === last[0] && first[1] === last[1]) grid.pop();
    if (grid.length < 3 || !first) return;
    const moves: string[] = [];
    for (let i = 1; i < grid.length; i++) {
      const [x, y] = grid[i] as [number, number];
      const [px, py] = grid[i - 1] as [number, number];
      moves.push(fmt(x - px), fmt(y - py));
    }
    this.parts.push(`M${joinNumbers([fmt(first[0]), fmt(first[1])])}l${joinNumbers(moves)}z`);
  }

  /** Points (d3 draws them as circles) are not drawn. */
  arc(): void {}

  /** The path data written so far. */
  result(): string {
    return this.parts.join('');
  }
}
