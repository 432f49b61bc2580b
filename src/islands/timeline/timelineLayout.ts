/**
 * Where everything goes, in pixels, for a given width and orientation. Pure arithmetic on the
 * build-time axis (timelineScale.ts), so the island can lay out again when its box resizes.
 *
 * The guarantee the tests hold it to: no two markers' touch targets (TARGET × TARGET, at
 * least 24 × 24 CSS px) overlap, at any width from 320 px up. Markers sit in lanes (horizontal)
 * or rows (vertical) at least SPACING apart; a marker pushed off its true date keeps a leader
 * line to the exact point on the axis.
 */
import type { AxisWindow, TimelineAxis } from './timelineScale';
import { HORIZONTAL_MIN_WIDTH, type Orientation } from './timelineModel';

/** The narrowest drawing laid out (a 320 px phone, less page padding). */
export const MIN_WIDTH = 280;
/** The square each marker answers taps and clicks in (WCAG 2.2 target size: ≥ 24 px). */
export const TARGET = 28;
const SPACING = TARGET + 2;
const PAD = 16;
const BREAK_H = 64;
const BREAK_V = 48;
/** The op-ed's date between two windows: a line and its label, narrower than a break. */
const SPLIT_H = 24;
const SPLIT_V = 40;
const ROW = 44;
/** A vertical row's touch target height: two text lines, still clear of the next row. */
export const ROW_TARGET = ROW - 4;
const OVERVIEW_Y = 24;
const CHAR_PX = 6.6; // average advance of the 13 px UI font (system-ui), for label fitting and truncation

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
  /** Vertical only: the row's two text lines (date, title fitted to the width). */
  lines?: [string, string] | undefined;
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
  overview: { x0: number; x1: number; y: number; label: string; ticks: { x: number; label: string }[]; windows: { x0: number; x1: number }[] };
  /** Horizontal only: where the enlarged windows begin, for the zoom connectors. */
  detailTop?: number | undefined;
  windows: WindowLayout[];
  /** Years left out ("break", drawn ≈) or the op-ed's date, where the after stretch begins ("split"). */
  breaks: { pos: number; label: string; kind: 'break' | 'split' }[];
  markers: Marker[];
}

export interface PlacedEvent {
  id: string;
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
 */
export function spread(ideal: readonly number[], gap: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (const [i, v] of ideal.entries()) out.push(Math.max(v, lo, i > 0 ? (out[i - 1] ?? lo) + gap : lo));
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i] ?? hi, hi, i < out.length - 1 ? (out[i + 1] ?? hi) - gap : hi);
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

/** Cuts a title to fit `chars` characters at a word boundary, with an ellipsis. */
export function fitText(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, Math.max(1, chars - 1));
  const word = cut.replace(/\s+\S*$/, '');
  return `${word.length > chars / 2 ? word : cut}…`;
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
function lanesFor(counts: readonly number[], avail: number): number {
  for (let lanes = 1; lanes < 8; lanes++) {
    if (counts.reduce((s, n) => s + Math.ceil(n / lanes) * SPACING, 0) <= avail) return lanes;
  }
  return 8;
}

function horizontal(axis: TimelineAxis, events: readonly PlacedEvent[], width: number): TimelineLayout {
  const groups = windowsOf(axis, events);
  const counts = groups.map((g) => g.length);
  const gapsWidth = axis.gaps.reduce((sum, g) => sum + (g.kind === 'split' ? SPLIT_H : BREAK_H), 0);
  const availAt = (w: number): number => w - 2 * PAD - gapsWidth;
  const avail = availAt(width);
  // Lanes are chosen for the narrowest horizontal drawing, so the height (which lanes set)
  // is the same at every width and nothing jumps when the island measures its box.
  const lanes = Math.max(lanesFor(counts, availAt(HORIZONTAL_MIN_WIDTH)), lanesFor(counts, avail));
  const sizes = allocate(counts.map((n) => Math.max(Math.ceil(n / lanes), 1) * SPACING), counts, avail);
  const top = 64;
  // Room above the top lane for the open event's date label.
  const axisAt = top + 26 + TARGET / 2 + (lanes - 1) * SPACING + 24;
  const windows: WindowLayout[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  const markers: Marker[] = [];
  let cursor = PAD;
  axis.windows.forEach((w, i) => {
    const [from, to] = [cursor, cursor + (sizes[i] ?? 0)];
    const px = (t: number): number => position(w, from, to, t);
    const group = groups[i] ?? [];
    for (let lane = 0; lane < lanes; lane++) {
      const inLane = group.filter((_, k) => k % lanes === lane);
      const xs = spread(inLane.map((e) => px(e.t)), SPACING, from + SPACING / 2, to - SPACING / 2);
      inLane.forEach((e, k) => {
        const x = xs[k] ?? px(e.t);
        markers.push({ id: e.id, x, y: axisAt - 24 - lane * SPACING, ax: px(e.t), ay: axisAt, ax2: e.tEnd === undefined ? undefined : px(e.tEnd), ay2: axisAt });
      });
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
  const taken = breaks.map((b) => ({ pos: b.pos, size: b.label.length * CHAR_PX }));
  for (const w of windows) w.labels = thinLabels(w.labels, (l) => l.text.length * CHAR_PX, taken);
  markers.sort((a, b) => events.findIndex((e) => e.id === a.id) - events.findIndex((e) => e.id === b.id));
  return { orientation: 'horizontal', width, height: axisAt + 32, axisAt, overview: overviewOf(axis, width, OVERVIEW_Y), detailTop: top, windows, breaks, markers };
}

function vertical(axis: TimelineAxis, events: readonly PlacedEvent[], width: number): TimelineLayout {
  const groups = windowsOf(axis, events);
  const axisAt = 58;
  const markerX = axisAt + 30;
  const textX = markerX + TARGET / 2 + 6;
  const chars = Math.max(8, Math.floor((width - textX - PAD / 2) / CHAR_PX));
  const windows: WindowLayout[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  const markers: Marker[] = [];
  let cursor = 72;
  axis.windows.forEach((w, i) => {
    const group = groups[i] ?? [];
    const size = Math.max(group.length, 1) * ROW + Math.round(w.years.length * 12);
    const [from, to] = [cursor, cursor + size];
    const py = (t: number): number => position(w, from, to, t);
    const ys = spread(group.map((e) => py(e.t)), ROW, from + ROW / 2, to - ROW / 2);
    group.forEach((e, k) => {
      const lines: [string, string] = [e.dateLabel, fitText(e.title, chars)];
      markers.push({ id: e.id, x: markerX, y: ys[k] ?? py(e.t), ax: axisAt, ay: py(e.t), ax2: e.tEnd === undefined ? undefined : axisAt, ay2: e.tEnd === undefined ? undefined : py(e.tEnd), lines });
    });
    const labels = w.years.map((y) => ({ pos: (py(y.start) + py(y.end)) / 2, text: y.label, anchor: y.anchor }));
    windows.push({ from, to, after: w.after, ticks: w.years.map((y) => py(y.start)).concat(to), minor: w.minor.map(py), labels: thinLabels(labels, () => 16, []) });
    cursor = to;
    const gap = axis.gaps[i];
    if (gap) {
      const size = gap.kind === 'split' ? SPLIT_V : BREAK_V;
      breaks.push({ pos: cursor + size / 2, label: gap.kind === 'split' ? gap.label : `${gap.label} later`, kind: gap.kind });
      cursor += size;
    }
  });
  return { orientation: 'vertical', width, height: cursor + 12, axisAt, overview: overviewOf(axis, width, OVERVIEW_Y), windows, breaks, markers };
}

/** The whole picture for a box `width` px wide. */
export function layoutTimeline(axis: TimelineAxis, events: readonly PlacedEvent[], width: number, orientation: Orientation): TimelineLayout {
  const w = Math.max(Math.round(width), MIN_WIDTH);
  return orientation === 'horizontal' ? horizontal(axis, events, w) : vertical(axis, events, w);
}
