/**
 * Labels for the states drawn as rings on phones (as OWID's MapAnnotations.ts labels small
 * countries): each name goes beside its ring on the side where it collides with nothing
 * placed so far and covers the least land. Widths are estimated, not measured (build time has
 * no fonts): 0.6 em a character is what the widest likely UI font (DejaVu Sans) needs.
 */
import { round1 } from './roundPath';

export interface MapLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Shown on one layout only (wide: a figure of 640 px and more; compact: phones); absent: both. */
  layout?: 'wide' | 'compact';
  /** false: left off on a projector (territoryLabels.ts). */
  projector?: false;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle an SVG text label covers, for a font size in map units. */
export function labelBox(label: MapLabel, fontSize: number): Box {
  const width = Math.max(...label.lines.map((l) => l.length)) * 0.6 * fontSize;
  const height = label.lines.length * 1.15 * fontSize;
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - height / 2, width, height };
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const inside = (a: Box, b: Box): boolean => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

export interface Ring {
  key: string;
  lines: string[];
  cx: number;
  cy: number;
  r: number;
}

/** Candidate spots round a ring, clockwise from the right; the first to clear everything wins ties on land. */
function candidates(ring: Ring, f: number): MapLabel[] {
  const gap = 3;
  const half = (ring.lines.length * 1.15 * f) / 2;
  const d = ring.r * 0.72;
  const { lines, cx, cy, r } = ring;
  return [
    { lines, x: cx + r + gap, y: cy, anchor: 'start' },
    { lines, x: cx, y: cy + r + gap + half, anchor: 'middle' },
    { lines, x: cx - r - gap, y: cy, anchor: 'end' },
    { lines, x: cx, y: cy - r - gap - half, anchor: 'middle' },
    { lines, x: cx + d + gap, y: cy + d + half, anchor: 'start' },
    { lines, x: cx - d - gap, y: cy + d + half, anchor: 'end' },
    { lines, x: cx - d - gap, y: cy - d - half, anchor: 'end' },
    { lines, x: cx + d + gap, y: cy - d - half, anchor: 'start' },
  ];
}

interface LabelOptions {
  fontSize: number;
  bounds: Box;
  obstacles: readonly Box[];
  land: readonly (Box & { key: string })[];
}

/** One greedy pass in the given order: each ring takes its free spot that covers the least land. */
function placeInOrder(
  rings: readonly Ring[],
  { fontSize: f, bounds, obstacles, land }: LabelOptions,
): { placed: (MapLabel & { key: string })[]; missed: string[]; land: number } {
  const ringBox = (r: Ring): Box => ({ x: r.cx - r.r, y: r.cy - r.r, width: 2 * r.r, height: 2 * r.r });
  const taken: Box[] = [...obstacles];
  const placed: (MapLabel & { key: string })[] = [];
  const missed: string[] = [];
  let covered = 0;
  for (const ring of rings) {
    const others = rings.filter((r) => r !== ring).map(ringBox);
    const best = candidates(ring, f)
      .map((label) => ({ label, box: labelBox(label, f) }))
      .filter(({ box }) => inside(box, bounds) && [...taken, ...others].every((t) => overlap(box, t) === 0))
      .map((c) => ({ ...c, land: land.filter((l) => l.key !== ring.key).reduce((sum, l) => sum + overlap(c.box, l), 0) }))
      .sort((a, b) => a.land - b.land)[0];
    if (!best) {
      missed.push(ring.key);
      continue;
    }
    taken.push(best.box);
    covered += best.land;
    placed.push({ key: ring.key, ...best.label, x: round1(best.label.x), y: round1(best.label.y) });
  }
  return { placed, missed, land: covered };
}

/**
 * One label per ring, beside it (right, below, left, above or a corner), clear of every ring,
 * every label and the `obstacles`, inside `bounds`, covering as little land as it can. Greedy,
 * retried with the rings that found no room moved to the front; a ring with no free spot at
 * all keeps its label off (the table and the tooltip still name it).
 */
export function placeRingLabels(rings: readonly Ring[], options: LabelOptions): (MapLabel & { key: string })[] {
  let order = [...rings];
  let best = placeInOrder(order, options);
  for (let attempt = 0; attempt < rings.length && best.missed.length > 0; attempt++) {
    const missed = new Set(best.missed);
    order = [...order.filter((r) => missed.has(r.key)), ...order.filter((r) => !missed.has(r.key))];
    const next = placeInOrder(order, options);
    if (next.missed.length < best.missed.length || (next.missed.length === best.missed.length && next.land < best.land)) best = next;
  }
  // Back in the rings' own order, so the drawing does not depend on the search.
  return rings.flatMap((r) => best.placed.filter((p) => p.key === r.key));
}

/**
 * Pushes overlapping rings apart (each pair to at least the sum of their radii plus `gap`),
 * moving both along the line between their centres, so each keeps a 24 px target of its own.
 */
export function separateRings<T extends { cx: number; cy: number; r: number }>(rings: T[], gap: number): T[] {
  const out = rings.map((r) => ({ ...r }));
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as T;
        const b = out[j] as T;
        const dx = b.cx - a.cx;
        const dy = b.cy - a.cy;
        const distance = Math.hypot(dx, dy) || 0.01;
        const need = a.r + b.r + gap;
        if (distance >= need - 0.01) continue;
        const push = (need - distance) / 2;
        const [ux, uy] = distance > 0.01 ? [dx / distance, dy / distance] : [1, 0];
        a.cx -= ux * push;
        a.cy -= uy * push;
        b.cx += ux * push;
        b.cy += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out.map((r) => ({ ...r, cx: round1(r.cx), cy: round1(r.cy) }));
}
