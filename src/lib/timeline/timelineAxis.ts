/**
 * The timeline's broken axis as the island receives it: plain numbers and labels, decided at
 * build time by src/figures/timelineScale.ts and laid out in pixels by timelineLayout.ts.
 */

/** One calendar year inside a window: labelled on the axis; anchor years in bold. */
export interface AxisYear {
  start: number;
  end: number;
  label: string;
  anchor: boolean;
}

/** A stretch of time drawn at its own linear scale. */
export interface AxisWindow {
  start: number;
  end: number;
  /** The stretch after the op-ed's date: drawn apart and shaded ("After the op-ed"). */
  after: boolean;
  years: AxisYear[];
  /** Month or quarter boundaries: small ticks that show how stretched this window is. */
  minor: number[];
}

export interface TimelineAxis {
  windows: AxisWindow[];
  /**
   * gaps[i] is what lies between windows[i] and windows[i + 1]: years left out ("88 years"),
   * or, where a window is cut at the op-ed's date, no time at all ("split"). `label` is the
   * horizontal chart's ("88 years"), `rowLabel` the rows' ("88 years later", "After the op-ed").
   */
  gaps: { kind: 'break' | 'split'; years: number; label: string; rowLabel: string }[];
  /** The whole span at true scale, for the overview strip. */
  overview: { start: number; end: number; label: string; ticks: { t: number; label: string }[] };
}

/** What the scale needs to know of an event. */
export interface TimedItem {
  t: number;
  tEnd?: number | undefined;
  anchor: number;
}
