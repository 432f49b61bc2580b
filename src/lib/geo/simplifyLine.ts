/**
 * Douglas–Peucker simplification of one projected line (an arc shared by two neighbours, or
 * a coastline). Run on arcs, not on each country's outline, so neighbours keep one common
 * border and no slivers open between them. Endpoints are always kept.
 */
export type Point = [x: number, y: number];

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** The points of `line` no farther than `tolerance` from the simplified line are dropped. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  const n = line.length;
  if (n <= 2) return line.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let worst = -1;
    let worstD = tol2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(line[i] as Point, line[first] as Point, line[last] as Point);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Signed area of a closed ring (shoelace); its absolute value is the area in square units. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Point;
    const b = ring[i] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}
