/**
 * Where everything goes, in pixels, for a given width and orientation. Pure arithmetic on the
 * build-time axis (timelineScale.ts), so the island can lay out again when its box resizes.
 *
 * The guarantees the tests hold it to, at any width from 320 px up: no two options' targets
 * (at least 24 × 24 CSS px) overlap, and no title on the chart overlaps another title, a
 * marker or a leader line. Horizontal: markers and their titles sit in lanes above the axis
 * (labelPlacement.ts); an event whose title does not fit is named by a tooltip. Vertical: one
 * row per event, its title wrapped over as many lines as it needs. A marker pushed off its
 * true date keeps a leader line to the exact point on the axis.
 */
import type { AxisWindow, TimelineAxis } from './timelineAxis';
import { horizontalMinWidth, type Orientation } from './timelineModel';
import { KNEE, placeFlags, type Box, type Flag, type FlagInput, type LaneGeometry } from './labelPlacement';
import { textWidth, wrapText } from './textMetrics';

export type { Box } from './labelPlacement';

/** The narrowest drawing laid out (a 320 px phone, less page padding). */
export const MIN_WIDTH = 280;
/** The commonest phone's box (390 px less the page's padding). */
export const PHONE_WIDTH = 358;
/** Up to here a box is a phone's: its rows wrap at a band's width (wrapWidth). */
const PHONE_MAX = 480;

/**
 * The width a vertical drawing wraps its titles at. On a phone, the narrowest width of its
 * band (280 px below a 390 px phone's box, 358 px from it), so every phone in a band gets the
 * same rows, and the same height, as the server's drawing of that band: hydrating moves
 * nothing below the chart. Wider boxes (a tablet, on the whole timeline) wrap at their width.
 * Keep the bands in sync with VERTICAL_BANDS (Timeline.tsx) and timeline.css.
 */
export function wrapWidth(width: number): number {
  if (width >= PHONE_MAX) return width;
  return width >= PHONE_WIDTH ? PHONE_WIDTH : MIN_WIDTH;
}
/** The square each marker answers taps and clicks in (WCAG 2.2 target size: ≥ 24 px). */
export const TARGET = 28;
const SPACING = TARGET + 2;
const PAD = 16;
const BREAK_H = 64;
const BREAK_V = 48;
/** The op-ed's date between two windows: a line and its label, narrower than a break. */
const SPLIT_H = 24;
const SPLIT_V = 40;
const OVERVIEW_Y = 24;
const CHAR_PX = 6.6; // average advance of the 12–13 px axis labels, for thinning them

/**
 * Chart type, in px of the drawing (present mode scales the whole drawing up). Keep in sync
 * with timeline.css (.tl-label, .tl-row__title, .tl-row__date).
 */
export const TYPE = { label: 13, line: 15, rowTitle: 14, rowTitleLine: 17, rowDate: 12.5 } as const;

/** Horizontal: lanes of flags above the axis; the most a chart gets, and their spacing. */
const MAX_LANES = 6;
/** A slide must leave room for the chosen event below the chart (present mode). */
const SLIDE_MAX_LANES = 4;
const LANE_PITCH = 36;
/** Horizontal: the band above the lanes that holds the "After the op-ed" label. */
const HEADER = 20;
/** A title is never wrapped narrower than this, nor set on one line wider than this. */
const LABEL_MIN = 72;
const ONE_LINE_MAX = 96;

/** Vertical rows: a date line, then the title over as many lines as it needs. */
const ROW_PAD = 7;
const ROW_DATE = 15;
const ROW_GAP = 4;

export interface Marker {
  id: string;
  /** Marker centre. */
  x: number;
  y: number;
  /** Where the event's true date meets the axis (the leader line's other end). */
  ax: number;
  ay: number;
  /** End of a lasting event on the axis, when it has one. */
  ax2?: number | undefined;
  ay2?: number | undefined;
  /** The option's target and box: its marker's square and its title (a whole row when vertical). */
  hit: Box;
  /** The leader line, from the marker to the true date: straight, or an elbow (labelPlacement.ts). */
  leader: [number, number][];
  /** The title on the chart, where it has room: its lines, from the first baseline down. */
  label?: { lines: string[]; x: number; y: number; anchor: 'start' | 'end'; lineHeight: number; width: number } | undefined;
  /** Vertical rows only: the date line above the title. */
  date?: { text: string; x: number; y: number } | undefined;
}

export interface AxisLabel {
  pos: number;
  text: string;
  anchor: boolean;
}

export interface WindowLayout {
  from: number;
  to: number;
  /** After the op-ed's date: shaded and labelled. */
  after: boolean;
  /** Year boundaries along the axis. */
  ticks: number[];
  minor: number[];
  labels: AxisLabel[];
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** The axis line's cross position: y when horizontal, x when vertical. */
  axisAt: number;
  /** The whole span at true scale; left out on a slide (LayoutOptions.overview). */
  overview?:
    | { x0: number; x1: number; y: number; label: string; ticks: { x: number; label: string }[]; windows: { x0: number; x1: number }[] }
    | undefined;
  /** Horizontal only: where the enlarged windows begin, for the zoom connectors. */
  detailTop?: number | undefined;
  windows: WindowLayout[];
  /** Years left out ("break", drawn ≈) or the op-ed's date, where the after stretch begins ("split"). */
  breaks: { pos: number; label: string; kind: 'break' | 'split' }[];
  markers: Marker[];
}

export interface PlacedEvent {
  id: string;
  main: boolean;
  t: number;
  tEnd?: number | undefined;
  dateLabel: string;
  title: string;
}

/** Maps an instant inside window `w` to a pixel between `from` and `to`. */
function position(w: AxisWindow, from: number, to: number, t: number): number {
  return from + ((t - w.start) / (w.end - w.start)) * (to - from);
}

/**
 * Spreads sorted true positions so neighbours are at least `gap` apart inside [lo, hi],
 * moving each as little as a forward then a backward sweep allows. Needs (n - 1) · gap ≤ hi − lo.
 * `gap` may be a function of the pair (i - 1, i), for rows of different heights.
 */
export function spread(ideal: readonly number[], gap: number | ((i: number) => number), lo: number, hi: number): number[] {
  const g = typeof gap === 'number' ? () => gap : gap;
  const out: number[] = [];
  for (const [i, v] of ideal.entries()) out.push(Math.max(v, lo, i > 0 ? (out[i - 1] ?? lo) + g(i) : lo));
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i] ?? hi, hi, i < out.length - 1 ? (out[i + 1] ?? hi) - g(i + 1) : hi);
  return out;
}

/** Shares `total` pixels among windows: each gets its minimum, the rest goes by event count. */
function allocate(mins: readonly number[], counts: readonly number[], total: number): number[] {
  const spare = Math.max(0, total - mins.reduce((a, b) => a + b, 0));
  const n = counts.reduce((a, b) => a + b, 0) || 1;
  return mins.map((m, i) => m + (spare * (counts[i] ?? 0)) / n);
}

/** Shows every anchor-year label, then the other years wherever they do not collide. */
function thinLabels(labels: AxisLabel[], size: (l: AxisLabel) => number, taken: { pos: number; size: number }[]): AxisLabel[] {
  const placed = [...taken];
  const fits = (l: AxisLabel): boolean => placed.every((p) => Math.abs(p.pos - l.pos) >= (p.size + size(l)) / 2 + 4);
  const keep = new Set<AxisLabel>();
  for (const l of [...labels.filter((l) => l.anchor), ...labels.filter((l) => !l.anchor)]) {
    if (l.anchor || fits(l)) {
      keep.add(l);
      placed.push({ pos: l.pos, size: size(l) });
    }
  }
  return labels.filter((l) => keep.has(l));
}

/**
 * A title as a flag shows it: on one line when short, else over two lines split where the
 * wider line is narrowest (a compact flag fits more of them); never cut.
 */
export function flagLines(title: string, bold: boolean): { lines: string[]; width: number } {
  const w = (t: string): number => Math.ceil(textWidth(t, TYPE.label, bold));
  const one = w(title);
  const words = title.split(/\s+/);
  if (one <= ONE_LINE_MAX || words.length < 2) return { lines: [title], width: one };
  let best = { lines: [title], width: one };
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const width = Math.max(LABEL_MIN, ...lines.map(w));
    if (width < best.width) best = { lines, width };
  }
  return best;
}

function windowsOf(axis: TimelineAxis, events: readonly PlacedEvent[]): PlacedEvent[][] {
  return axis.windows.map((w) => events.filter((e) => e.t >= w.start && e.t < w.end));
}

function overviewOf(axis: TimelineAxis, width: number, y: number): TimelineLayout['overview'] {
  const [x0, x1] = [PAD, width - PAD];
  const ox = (t: number): number => x0 + ((t - axis.overview.start) / (axis.overview.end - axis.overview.start)) * (x1 - x0);
  return {
    x0,
    x1,
    y,
    label: axis.overview.label,
    ticks: axis.overview.ticks.map((k) => ({ x: ox(k.t), label: k.label })),
    windows: axis.windows.map((w) => ({ x0: ox(w.start), x1: Math.max(ox(w.end), ox(w.start) + 3) })),
  };
}

/** The lanes needed so that every window can hold its markers SPACING apart. */
function markerLanes(counts: readonly number[], avail: number): number {
  for (let lanes = 1; lanes < 8; lanes++) {
    if (counts.reduce((s, n) => s + Math.ceil(n / lanes) * SPACING, 0) <= avail) return lanes;
  }
  return 8;
}

/** Where the detail begins below the overview strip, or at the top when there is none. */
const TOP = 64;
const TOP_BARE = 4;

export interface LayoutOptions {
  /**
   * A slide (present mode): no overview strip (the whole span at true scale) above the
   * detail, and at most SLIDE_MAX_LANES lanes: the room goes to the chosen event.
   */
  slide?: boolean;
  /** The page's lanes, as chartLanes() decided them at build time (computed when absent). */
  lanes?: number | undefined;
}

/**
 * Markers alone, dealt round-robin into lanes and spread SPACING apart inside their window:
 * always fits (the window widths allow for it), for when flags cannot be placed.
 */
function spreadInLanes(inputs: readonly FlagInput[], g: LaneGeometry): Flag[] {
  const out: Flag[] = [];
  const windows = [...new Set(inputs.map((i) => `${i.lo}:${i.hi}`))];
  for (const key of windows) {
    const group = inputs.filter((i) => `${i.lo}:${i.hi}` === key);
    for (let lane = 0; lane < g.lanes; lane++) {
      const inLane = group.filter((_, k) => k % g.lanes === lane);
      const first = inLane[0];
      if (!first) continue;
      const xs = spread(
        inLane.map((i) => i.ax),
        SPACING,
        first.lo,
        first.hi,
      );
      const y = g.lane0 - lane * g.pitch;
      inLane.forEach((item, k) => {
        const x = xs[k] ?? item.ax;
        out.push({
          id: item.id,
          lane,
          x,
          y,
          label: null,
          hit: { x0: x - TARGET / 2, x1: x + TARGET / 2, y0: y - TARGET / 2, y1: y + TARGET / 2 },
        });
      });
    }
  }
  return out;
}

function horizontalFor(
  axis: TimelineAxis,
  events: readonly PlacedEvent[],
  width: number,
  lanes: number,
  withOverview = true,
): TimelineLayout {
  const top = withOverview ? TOP : TOP_BARE;
  const groups = windowsOf(axis, events);
  const counts = groups.map((g) => g.length);
  const gapsWidth = axis.gaps.reduce((sum, g) => sum + (g.kind === 'split' ? SPLIT_H : BREAK_H), 0);
  const avail = width - 2 * PAD - gapsWidth;
  // Each window at least wide enough for its markers in lanes, and, room allowing, for a
  // stack of them side by side (each leader passing beside the markers below it).
  const least = counts.map((n) => Math.max(Math.ceil(n / lanes), 1) * SPACING);
  const stacked = counts.map((n, i) => Math.max(least[i] ?? 0, TARGET + (Math.min(n, lanes) - 1) * (TARGET / 2 + 2)));
  const sizes = allocate(stacked.reduce((a, b) => a + b, 0) <= avail ? stacked : least, counts, avail);
  // The header band only holds the "After the op-ed" label.
  const header = axis.windows.some((w) => w.after) ? HEADER : 0;
  const axisAt = top + header + LANE_PITCH / 2 + (lanes - 1) * LANE_PITCH + 24;
  const windows: WindowLayout[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  const inputs: (FlagInput & { e: PlacedEvent; px: (t: number) => number })[] = [];
  let cursor = PAD;
  axis.windows.forEach((w, i) => {
    const [from, to] = [cursor, cursor + (sizes[i] ?? 0)];
    const px = (t: number): number => position(w, from, to, t);
    for (const e of groups[i] ?? []) {
      const { lines, width: labelWidth } = flagLines(e.title, e.main);
      inputs.push({ id: e.id, main: e.main, ax: px(e.t), lo: from + TARGET / 2, hi: to - TARGET / 2, lines, width: labelWidth, e, px });
    }
    const labels = w.years.map((y) => ({ pos: (px(y.start) + px(y.end)) / 2, text: y.label, anchor: y.anchor }));
    windows.push({ from, to, after: w.after, ticks: w.years.map((y) => px(y.start)).concat(to), minor: w.minor.map(px), labels });
    cursor = to;
    const gap = axis.gaps[i];
    if (gap) {
      const size = gap.kind === 'split' ? SPLIT_H : BREAK_H;
      breaks.push({ pos: cursor + size / 2, label: gap.kind === 'split' ? '' : gap.label, kind: gap.kind });
      cursor += size;
    }
  });
  const geometry: LaneGeometry = {
    lanes,
    lane0: axisAt - 24,
    pitch: LANE_PITCH,
    axisY: axisAt,
    target: TARGET,
    lineHeight: TYPE.line,
    inset: 3,
    // The op-ed's date and the edges of the tinted stretch after it: no flag straddles them.
    walls: breaks.filter((b) => b.kind === 'split').flatMap((b) => [b.pos - SPLIT_H / 2, b.pos, b.pos + SPLIT_H / 2]),
    minX: 2,
    maxX: width - 2,
  };
  const flags = new Map((placeFlags(inputs, geometry) ?? spreadInLanes(inputs, geometry)).map((f) => [f.id, f]));
  const markers: Marker[] = inputs.map(({ e, px, ax }) => {
    const f = flags.get(e.id);
    const x = f?.x ?? ax;
    const y = f?.y ?? geometry.lane0;
    const label = f?.label ?? undefined;
    return {
      id: e.id,
      x,
      y,
      ax,
      ay: axisAt,
      ax2: e.tEnd === undefined ? undefined : px(e.tEnd),
      ay2: axisAt,
      hit: f?.hit ?? { x0: x - TARGET / 2, x1: x + TARGET / 2, y0: y - TARGET / 2, y1: y + TARGET / 2 },
      leader:
        Math.abs(x - ax) < 0.5
          ? [
              [x, y + TARGET / 2],
              [ax, axisAt],
            ]
          : [
              [x, y + TARGET / 2],
              [x, axisAt - KNEE],
              [ax, axisAt],
            ],
      label: label && {
        lines: label.lines,
        x: label.side === 'start' ? label.box.x0 : label.box.x1,
        // First baseline: the lines centred on the marker, each sitting a little above its box's foot.
        y: y - (label.lines.length * TYPE.line) / 2 + TYPE.line - 3.5,
        anchor: label.side,
        lineHeight: TYPE.line,
        width: label.box.x1 - label.box.x0,
      },
    };
  });
  const taken = breaks.map((b) => ({ pos: b.pos, size: b.label.length * CHAR_PX }));
  for (const w of windows) w.labels = thinLabels(w.labels, (l) => l.text.length * CHAR_PX, taken);
  const overview = withOverview ? overviewOf(axis, width, OVERVIEW_Y) : undefined;
  return { orientation: 'horizontal', width, height: axisAt + 32, axisAt, overview, detailTop: top, windows, breaks, markers };
}

/**
 * How many lanes a set of events gets: the fewest in which every title fits at `width`, at
 * most `most` (but always enough for the markers alone). The page decides it at the
 * narrowest width its events get the chart at (horizontalMinWidth), whatever the box, so
 * the height (which lanes set) is the same at every width and nothing jumps when the island
 * measures its box. Memoised per events array and width: the island lays out again on every
 * resize.
 */
const lanesMemo = new WeakMap<readonly PlacedEvent[], Map<string, number>>();
function lanesFor(axis: TimelineAxis, events: readonly PlacedEvent[], width: number, most: number): number {
  const memo = lanesMemo.get(events) ?? new Map<string, number>();
  lanesMemo.set(events, memo);
  const key = `${width}/${most}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const gapsWidth = axis.gaps.reduce((sum, g) => sum + (g.kind === 'split' ? SPLIT_H : BREAK_H), 0);
  const least = markerLanes(
    windowsOf(axis, events).map((g) => g.length),
    width - 2 * PAD - gapsWidth,
  );
  let lanes = Math.min(Math.max(least, 1), Math.max(most, least));
  while (lanes < most && horizontalFor(axis, events, width, lanes).markers.some((m) => !m.label)) lanes += 1;
  memo.set(key, lanes);
  return lanes;
}

function vertical(axis: TimelineAxis, events: readonly PlacedEvent[], width: number): TimelineLayout {
  const groups = windowsOf(axis, events);
  const axisAt = 58;
  const markerX = axisAt + 30;
  const textX = markerX + TARGET / 2 + 6;
  const textMax = wrapWidth(width) - textX - PAD / 2;
  const windows: WindowLayout[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  const markers: Marker[] = [];
  let cursor = 72;
  axis.windows.forEach((w, i) => {
    const group = groups[i] ?? [];
    // Each row as tall as its wrapped title needs: titles are never cut.
    const rows = group.map((e) => {
      const lines = wrapText(e.title, textMax, TYPE.rowTitle, e.main);
      return { e, lines, height: ROW_PAD * 2 + ROW_DATE + lines.length * TYPE.rowTitleLine + ROW_GAP };
    });
    const size =
      Math.max(
        rows.reduce((s, r) => s + r.height, 0),
        44,
      ) + Math.round(w.years.length * 12);
    const [from, to] = [cursor, cursor + size];
    const py = (t: number): number => position(w, from, to, t);
    const gap = (k: number): number => ((rows[k - 1]?.height ?? 0) + (rows[k]?.height ?? 0)) / 2;
    const ys = spread(
      group.map((e) => py(e.t)),
      gap,
      from + (rows[0]?.height ?? 0) / 2,
      to - (rows.at(-1)?.height ?? 0) / 2,
    );
    rows.forEach(({ e, lines, height }, k) => {
      const y = ys[k] ?? py(e.t);
      const top = y - height / 2 + ROW_GAP / 2;
      markers.push({
        id: e.id,
        // The marker sits beside the date line and the title's first line.
        x: markerX,
        y,
        ax: axisAt,
        ay: py(e.t),
        ax2: e.tEnd === undefined ? undefined : axisAt,
        ay2: e.tEnd === undefined ? undefined : py(e.tEnd),
        hit: { x0: markerX - TARGET / 2, x1: width - 8, y0: top, y1: top + height - ROW_GAP },
        leader: [
          [axisAt, py(e.t)],
          [markerX, y],
        ],
        date: { text: e.dateLabel, x: textX, y: top + ROW_PAD + 11 },
        label: { lines, x: textX, y: top + ROW_PAD + ROW_DATE + 13, anchor: 'start', lineHeight: TYPE.rowTitleLine, width: textMax },
      });
    });
    const labels = w.years.map((y) => ({ pos: (py(y.start) + py(y.end)) / 2, text: y.label, anchor: y.anchor }));
    windows.push({
      from,
      to,
      after: w.after,
      ticks: w.years.map((y) => py(y.start)).concat(to),
      minor: w.minor.map(py),
      labels: thinLabels(labels, () => 16, []),
    });
    cursor = to;
    const g = axis.gaps[i];
    if (g) {
      const size = g.kind === 'split' ? SPLIT_V : BREAK_V;
      breaks.push({ pos: cursor + size / 2, label: g.rowLabel, kind: g.kind });
      cursor += size;
    }
  });
  return {
    orientation: 'vertical',
    width,
    height: cursor + 12,
    axisAt,
    overview: overviewOf(axis, width, OVERVIEW_Y),
    windows,
    breaks,
    markers,
  };
}

/** The whole picture for a box `width` px wide. */
export function layoutTimeline(
  axis: TimelineAxis,
  events: readonly PlacedEvent[],
  width: number,
  orientation: Orientation,
  options: LayoutOptions = {},
): TimelineLayout {
  const w = Math.max(Math.round(width), MIN_WIDTH);
  if (orientation === 'vertical') return vertical(axis, events, w);
  const slide = options.slide ?? false;
  const lanes = options.lanes ?? chartLanes(axis, events);
  return horizontalFor(axis, events, w, slide ? Math.min(lanes, SLIDE_MAX_LANES) : lanes, !slide);
}

/**
 * The lanes of a set of events' horizontal chart (see lanesFor). Costly (it lays the chart
 * out several times), so the build decides it once and the island receives it as a prop.
 */
export function chartLanes(axis: TimelineAxis, events: readonly PlacedEvent[]): number {
  return lanesFor(axis, events, horizontalMinWidth(events.length), MAX_LANES);
}

/**
 * The drawings the server sends before the island knows its box (timeline.css shows the one
 * for the box's width): the rows at a phone's width, drawn, and the chart and the narrowest
 * phone's rows as empty rooms of their size (Timeline.tsx, TimelineRoom.tsx).
 */
export const SERVER_DRAWN = `band-${PHONE_WIDTH}`;

/** The size of a drawing the server sends empty: worked out at build time (figures/timelineData.ts). */
export interface TimelineRoomSize {
  drawing: string;
  width: number;
  height: number;
}

/** The rooms of the drawings the server does not draw, for these events (the chart's lanes fixed at build). */
export function serverRooms(axis: TimelineAxis, events: readonly PlacedEvent[], lanes: number): TimelineRoomSize[] {
  return [
    { drawing: 'horizontal', orientation: 'horizontal' as const, width: horizontalMinWidth(events.length) },
    { drawing: `band-${MIN_WIDTH}`, orientation: 'vertical' as const, width: MIN_WIDTH },
  ].map(({ drawing, orientation, width }) => {
    const l = layoutTimeline(axis, events, width, orientation, { lanes });
    return { drawing, width: l.width, height: l.height };
  });
}
