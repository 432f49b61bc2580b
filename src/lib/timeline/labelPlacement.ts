/**
 * Where each marker and its title go on the horizontal chart: a "flag" (the marker, its
 * title beside it) in one of a fixed number of lanes above the axis, as TimelineJS lays out
 * its flags, with a leader line from the marker down to the event's true date. Pure
 * arithmetic, no DOM.
 *
 * Greedy: main events first, then the rest in date order. Each takes the spot nearest its
 * true date, in the lowest lane, where the whole flag fits; failing that, the nearest spot
 * for its marker alone (it is then named by a tooltip). A spot is taken only if
 * - its box (marker and title) keeps GAP clear of every other box in its lane and of the line
 *   at the op-ed's date: titles never overlap each other or a marker;
 * - its leader passes through no other marker, crosses no other leader, and no leader from
 *   above passes through its marker.
 * A leader may pass behind a lower lane's title (the view backs every title with the page's
 * colour, so the line stops at the title and carries on below it, as TimelineJS's flags do);
 * that is what lets most titles fit.
 */

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** One event to place. */
export interface FlagInput {
  id: string;
  main: boolean;
  /** Where its true date falls on the axis. */
  ax: number;
  /** Where the marker's centre may go (its window, less half a target). */
  lo: number;
  hi: number;
  /** The title as it would be labelled (one or two lines), and its width in px. */
  lines: string[];
  width: number;
}

export interface FlagLabel {
  /** start: the title reads from just right of the marker; end: it ends just left of it. */
  side: 'start' | 'end';
  lines: string[];
  box: Box;
}

export interface Flag {
  id: string;
  lane: number;
  x: number;
  y: number;
  label: FlagLabel | null;
  /** The option's target: the marker's square and its title. */
  hit: Box;
}

export interface LaneGeometry {
  lanes: number;
  /** Centre of lane 0 (nearest the axis); lanes stack upwards LANE apart. */
  lane0: number;
  pitch: number;
  axisY: number;
  target: number;
  lineHeight: number;
  /** Space between the marker's square and its title. */
  inset: number;
  /** Nothing may cross these x positions (the op-ed's date). */
  walls: readonly number[];
  minX: number;
  maxX: number;
}

/** Clear space around every box, in px. */
export const GAP = 6;
/** How far a labelled marker may move from its true date (its leader line shows the way back). */
const LABEL_SHIFT = 48;
/** A main event's title matters most: its marker may move further to find room. */
const MAIN_SHIFT = 96;
/** How far a marker without a title may move, while a spot nearer its date is free. */
const MARKER_SHIFT = 160;
/** What a lane up costs, in px of shift, and a title before its marker. */
const LANE_COST = 10;
const END_COST = 20;

interface Placed extends Flag {
  ax: number;
  main: boolean;
}

const laneY = (g: LaneGeometry, lane: number): number => g.lane0 - lane * g.pitch;

function flagBox(
  g: LaneGeometry,
  x: number,
  y: number,
  label: { side: 'start' | 'end'; width: number; lines: number } | null,
): { hit: Box; label: Box | null } {
  const half = g.target / 2;
  const marker = { x0: x - half, x1: x + half, y0: y - half, y1: y + half };
  if (!label) return { hit: marker, label: null };
  const h = (label.lines * g.lineHeight) / 2;
  const box =
    label.side === 'start'
      ? { x0: x + half + g.inset, x1: x + half + g.inset + label.width, y0: y - h, y1: y + h }
      : { x0: x - half - g.inset - label.width, x1: x - half - g.inset, y0: y - h, y1: y + h };
  return {
    hit: {
      x0: Math.min(marker.x0, box.x0),
      x1: Math.max(marker.x1, box.x1),
      y0: Math.min(marker.y0, box.y0),
      y1: Math.max(marker.y1, box.y1),
    },
    label: box,
  };
}

/**
 * Leaders are elbows: straight down from the marker to the knee, just above the axis, then a
 * short slant to the true date. So a marker moved aside keeps a vertical line that passes
 * beside the markers below it, and only the slants (all in the strip below lane 0) can cross.
 */
export const KNEE = 8;

/** Do two leaders cross? Only their slants can: when their order flips between knee and axis. */
function leadersCross(p: { x: number; ax: number }, q: { x: number; ax: number }): boolean {
  if (Math.abs(p.ax - q.ax) < 1 || Math.abs(p.x - q.x) < 1) return false;
  return Math.sign(p.x - q.x) !== Math.sign(p.ax - q.ax);
}

const square = (p: { x: number; y: number }, half: number): Box => ({ x0: p.x - half, x1: p.x + half, y0: p.y - half, y1: p.y + half });
/** Does the vertical part of a leader at `x` pass through `b`? */
const passesThrough = (x: number, b: Box): boolean => x > b.x0 - 1 && x < b.x1 + 1;

/**
 * How strict a spot must be: 2, every rule; 1, leaders may cross each other (a marker alone
 * with no better spot); 0, leaders may also pass markers (the last resort, never needed by
 * the events so far: the tests hold every layout to level 1).
 */
type Strictness = 0 | 1 | 2;

function fits(
  g: LaneGeometry,
  placed: readonly Placed[],
  lane: number,
  x: number,
  y: number,
  ax: number,
  hit: Box,
  strict: Strictness,
): boolean {
  if (hit.x0 < g.minX || hit.x1 > g.maxX) return false;
  if (g.walls.some((w) => w > hit.x0 - GAP / 2 && w < hit.x1 + GAP / 2)) return false;
  const half = g.target / 2;
  for (const p of placed) {
    if (p.lane === lane && hit.x0 < p.hit.x1 + GAP && p.hit.x0 < hit.x1 + GAP) return false;
    if (strict === 0) continue;
    if (strict === 2 && leadersCross({ x, ax }, p)) return false;
    // A leader runs down from its marker: it can only meet the markers of lower lanes.
    if (p.lane < lane && passesThrough(x, square(p, half))) return false;
    if (p.lane > lane && passesThrough(p.x, square({ x, y }, half))) return false;
  }
  return true;
}

/**
 * The best spot for one flag (labelled) or marker (label null): nearest its true date, in
 * the lowest lane (the shortest leader), the title after its marker rather than before.
 */
function bestSpot(g: LaneGeometry, placed: readonly Placed[], item: FlagInput, labelled: boolean, strict: Strictness): Placed | null {
  let best: { cost: number; flag: Placed } | null = null;
  const sides: ('start' | 'end' | null)[] = labelled ? ['start', 'end'] : [null];
  const half = g.target / 2;
  for (let lane = 0; lane < g.lanes; lane++) {
    const y = laneY(g, lane);
    for (const side of sides) {
      const label = side ? { side, width: item.width, lines: item.lines.length } : null;
      // Offsets from the marker's centre to its flag's left and right edges.
      const left = side === 'end' ? half + g.inset + item.width : half;
      const right = side === 'start' ? half + g.inset + item.width : half;
      // Where the flag's edges just clear something: a box in its lane, a marker its
      // leader must pass, a wall.
      const xs = new Set<number>([item.ax, item.lo, item.hi]);
      for (const p of placed) {
        if (p.lane === lane) {
          xs.add(p.hit.x1 + GAP + left);
          xs.add(p.hit.x0 - GAP - right);
        } else {
          // Just beside the other marker, so one leader passes the other's square.
          xs.add(p.x + half + 2);
          xs.add(p.x - half - 2);
          xs.add(p.x + half + 2 + left - half);
          xs.add(p.x - half - 2 - right + half);
        }
      }
      for (const w of g.walls) {
        xs.add(w + GAP + left);
        xs.add(w - GAP - right);
      }
      // A marker alone, with no spot by the rules: anywhere in its window.
      if (strict < 2) for (let x = item.lo; x <= item.hi; x += 2) xs.add(x);
      for (const raw of xs) {
        const x = Math.min(Math.max(raw, item.lo), item.hi);
        const shift = Math.abs(x - item.ax);
        if (shift > (labelled ? (item.main ? MAIN_SHIFT : LABEL_SHIFT) : strict === 2 ? MARKER_SHIFT : Infinity)) continue;
        // A marker alone would rather climb than slide far from its date.
        const cost = shift * (labelled ? 1 : 2) + lane * LANE_COST + (side === 'end' ? END_COST : 0);
        if (best && cost >= best.cost) continue;
        const { hit, label: box } = flagBox(g, x, y, label);
        if (!fits(g, placed, lane, x, y, item.ax, hit, strict)) continue;
        const flagLabel = side && box ? { side, lines: item.lines, box } : null;
        best = { cost, flag: { id: item.id, lane, x, y, label: flagLabel, hit, ax: item.ax, main: item.main } };
      }
    }
  }
  return best?.flag ?? null;
}

/**
 * Places `order[from…]` after the flags already in `placed` (those before `from`, which do
 * not depend on what comes later). Returns where it stopped, if a marker found no room.
 */
function attempt(
  order: readonly FlagInput[],
  g: LaneGeometry,
  placed: Placed[],
  from: number,
  unlabelled: ReadonlySet<string>,
  forced: ReadonlySet<string> | 'all',
): number | null {
  placed.length = from;
  for (let i = from; i < order.length; i++) {
    const item = order[i]!;
    const wanted = item.lines.length > 0 && !unlabelled.has(item.id);
    // Only flags near this one can clash with it: its window, and a title's width around it.
    const reach = item.width + g.target + LABEL_SHIFT + MARKER_SHIFT;
    const near = placed.filter((p) => p.hit.x1 > item.lo - reach && p.hit.x0 < item.hi + reach);
    const flag =
      (wanted ? bestSpot(g, near, item, true, 2) : null) ??
      bestSpot(g, near, item, false, 2) ??
      bestSpot(g, near, item, false, 1) ??
      (forced === 'all' || forced.has(item.id) ? bestSpot(g, placed, item, false, 0) : null);
    if (!flag) return i;
    placed.push(flag);
  }
  return null;
}

/** Each try is a few milliseconds; the island lays out again whenever its box resizes. */
const ROUNDS = 16;

/**
 * Places every event's marker, and its title wherever it fits: main events first, each group
 * in date order. Should a marker find no room whose leader passes clear of the other markers
 * (titles placed before it fill its stretch), the nearest of those titles is given up and the
 * placement runs again from that title on; only with no title left to give up may its leader
 * pass another marker. A chart too crowded to settle in ROUNDS tries (far more events than its
 * width holds) lets every leader do so. Null when even that fails (the caller then spreads the
 * markers without titles).
 */
export function placeFlags(items: readonly FlagInput[], g: LaneGeometry): Flag[] | null {
  const sorted = [...items].sort((a, b) => a.ax - b.ax);
  const order = [...sorted.filter((i) => i.main), ...sorted.filter((i) => !i.main)];
  const unlabelled = new Set<string>();
  const forced = new Set<string>();
  const placed: Placed[] = [];
  let from = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const stopped = attempt(order, g, placed, from, unlabelled, round === ROUNDS ? 'all' : forced);
    if (stopped === null) {
      const byId = new Map(placed.map((f) => [f.id, f]));
      return items.flatMap((i) => {
        const f = byId.get(i.id);
        return f ? [{ id: f.id, lane: f.lane, x: f.x, y: f.y, label: f.label, hit: f.hit }] : [];
      });
    }
    const failed = order[stopped]!;
    // The titles lying over the stretch where the marker may go, nearest its date first.
    const near = placed
      .filter((f) => f.label && f.hit.x1 > failed.lo - g.target && f.hit.x0 < failed.hi + g.target)
      .sort((a, b) => Math.abs(a.ax - failed.ax) - Math.abs(b.ax - failed.ax));
    const drop = near.find((f) => !f.main) ?? near[0];
    if (drop) {
      unlabelled.add(drop.id);
      from = order.findIndex((i) => i.id === drop.id);
    } else if (!forced.has(failed.id)) {
      forced.add(failed.id);
      from = stopped;
    } else return null;
  }
  return null;
}
