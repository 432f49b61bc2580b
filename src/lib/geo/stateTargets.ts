/**
 * Where each state can be pointed at, in two layouts (as OWID's MapAnnotations.ts does for
 * small countries). Wide (a figure of 640 px and more): its own shape when that is at least
 * 24 × 24 px at the reference width, otherwise a ring on it, or, for the Lesser Antilles, a
 * labelled marker in the Eastern Caribbean callout beside the enlargement, with a leader line
 * to the island. Phones (lib/geo/mapProjections.ts, COMPACT): larger rings wherever a shape is
 * under 24 px at 328 px, each with its name beside it, and the Lesser Antilles as a key of
 * labelled markers under the enlargement, the islands framed on the map.
 */
import type { ProjectedAmericas } from './americasGeometry';
import { placeRingLabels, separateRings, type Box, type MapLabel } from './markerLabels';
import { COMPACT, INSET, TARGET } from './mapProjections';
import { round1 } from './roundPath';

export type { Box };
export type PanelId = 'overview' | 'inset';

export interface Marker {
  cx: number;
  cy: number;
  r: number;
  /** Labelled markers (callout and phone key): the name beside the marker, one or two lines. */
  label?: { x: number; y: number; lines: string[] };
  /** Callout markers: from the island to the marker. Drawn apart from the target, so a tap on the line's empty corner is not a miss. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Labelled markers: the box that takes a tap, marker and name together. */
  hit?: Box;
}

export interface StateTarget {
  /** The panel whose element takes the pointer and the focus. */
  panel: PanelId;
  /** Wide layouts: present when the shape is too small to point at. */
  marker?: Marker;
  /** Phones: present when the shape is too small to point at there (always when `marker` is). */
  compact?: Marker;
}

export interface Callout extends Box {
  /** Keys of the callout's states, north to south. */
  keys: string[];
}

/** Phones: the Eastern Caribbean key under the enlargement's map (panel units, below its height). */
export interface CompactKey extends Box {
  keys: string[];
  /** The dashed box round the islands on the map that the key stands for. */
  frame: Box;
}

export interface PlacedTargets {
  targets: Record<string, StateTarget>;
  callout?: Callout;
  compactKey?: CompactKey;
  /** Phones: the names beside the rings, per panel. */
  compactLabels: Record<PanelId, (MapLabel & { key: string })[]>;
}

/** A name in at most `maxLines` lines of about `width` characters (the last line takes the rest). */
export function wrapLabel(name: string, width = 16, maxLines = 2): string[] {
  const words = name.split(' ');
  const lines: string[] = [];
  while (words.length > 0) {
    if (lines.length === maxLines - 1) {
      lines.push(words.splice(0).join(' '));
      break;
    }
    let line = words.shift() as string;
    while (words.length > 0 && `${line} ${words[0]}`.length <= width) line = `${line} ${words.shift()}`;
    lines.push(line);
  }
  return lines;
}

/** The map units a target needs to be 24 px (with the safety margin) when a panel `units` wide is drawn `px` wide. */
const minUnits = (units: number, px: number): number => (TARGET.minSize * TARGET.safety * units) / px;

/**
 * Targets for the given states, the callout box (in inset units) when any state needs it,
 * and the phone layout's rings, labels and key. `obstacles` are the territory labels each
 * panel already carries, which the phone labels keep clear of.
 */
export function placeTargets(
  states: readonly { iso3: string; name: string }[],
  projected: ProjectedAmericas,
  obstacles: Record<PanelId, Box[]> = { overview: [], inset: [] },
): PlacedTargets {
  const targets: Record<string, StateTarget> = {};
  const calloutStates: { iso3: string; name: string }[] = [];
  const wideMin = TARGET.minSize * TARGET.safety;
  const r = TARGET.markerRadius;
  const compactMin: Record<PanelId, number> = {
    overview: minUnits(projected.overview.width, COMPACT.referenceWidth),
    inset: minUnits(INSET.width, COMPACT.referenceWidth),
  };
  const compactRings: Record<PanelId, { key: string; name: string; cx: number; cy: number; r: number }[]> = { overview: [], inset: [] };

  for (const state of states) {
    const panel: PanelId = projected.insideInset.has(state.iso3) ? 'inset' : 'overview';
    const e = projected[panel].extents[state.iso3];
    if (!e) throw new Error(`${state.name} (${state.iso3}): no shape drawn on the ${panel} panel`);
    const smallerThan = (min: number): boolean => e.x1 - e.x0 < min || e.y1 - e.y0 < min;
    const callout = smallerThan(wideMin) && panel === 'inset' && (projected.centres[state.iso3]?.[0] ?? -180) > INSET.calloutEastOf;
    if (callout) {
      calloutStates.push(state);
      continue;
    }
    targets[state.iso3] = smallerThan(wideMin) ? { panel, marker: { cx: round1(e.cx), cy: round1(e.cy), r } } : { panel };
    if (smallerThan(compactMin[panel]))
      compactRings[panel].push({
        key: state.iso3,
        name: state.name,
        cx: e.cx,
        cy: e.cy,
        r: panel === 'inset' ? COMPACT.insetRing : COMPACT.overviewRing,
      });
  }

  const compactLabels: PlacedTargets['compactLabels'] = { overview: [], inset: [] };
  for (const panel of ['overview', 'inset'] as const) {
    const rings = separateRings(compactRings[panel], COMPACT.ringGap);
    for (const ring of rings) {
      const target = targets[ring.key];
      if (target) target.compact = { cx: ring.cx, cy: ring.cy, r: ring.r };
    }
    const land = Object.entries(projected[panel].extents).map(([key, x]) => ({
      key,
      x: x.x0,
      y: x.y0,
      width: x.x1 - x.x0,
      height: x.y1 - x.y0,
    }));
    const width = panel === 'inset' ? INSET.width : projected.overview.width;
    compactLabels[panel] = placeRingLabels(
      rings.map((ring) => ({ ...ring, lines: wrapLabel(ring.name, 12) })),
      {
        fontSize: panel === 'inset' ? COMPACT.insetLabel : COMPACT.overviewLabel,
        bounds: { x: 2, y: 2, width: width - 4, height: projected[panel].height - 4 },
        obstacles: obstacles[panel],
        land,
      },
    );
  }
  if (calloutStates.length === 0) return { targets, compactLabels };

  // North to south by the island's drawn position; the column is centred on the islands.
  const islands = calloutStates
    .map((s) => ({ ...s, at: projected.inset.extents[s.iso3] as NonNullable<(typeof projected.inset.extents)[string]> }))
    .sort((a, b) => a.at.cy - b.at.cy || a.at.cx - b.at.cx);
  const spacing = TARGET.calloutSpacing;
  const heading = 22;
  const columnHeight = (islands.length - 1) * spacing;
  const meanY = islands.reduce((sum, s) => sum + s.at.cy, 0) / islands.length;
  const top = Math.max(heading + r + 8, Math.min(meanY - columnHeight / 2, projected.inset.height - columnHeight - r - 8));
  const cx = INSET.width + 12 + r;
  const callout: Callout = {
    x: INSET.width,
    y: round1(top - r - heading),
    width: INSET.calloutWidth,
    height: round1(columnHeight + 2 * r + heading + 6),
    keys: islands.map((s) => s.iso3),
  };
  const key = compactKeyFor(islands, projected.inset.height);
  islands.forEach((s, i) => {
    const cy = round1(top + i * spacing);
    targets[s.iso3] = {
      panel: 'inset',
      marker: {
        cx,
        cy,
        r,
        label: { x: cx + r + 6, y: cy, lines: wrapLabel(s.name, 14) },
        leader: { x1: round1(s.at.cx), y1: round1(s.at.cy), x2: cx - r, y2: cy },
        hit: { x: cx - r - 2, y: round1(cy - spacing / 2), width: round1(callout.x + callout.width - 2 - (cx - r - 2)), height: spacing },
      },
      compact: key.markers[i] as Marker,
    };
  });
  return { targets, callout, compactKey: key.box, compactLabels };
}

/**
 * Phones: the callout's states as a key under the enlargement's map, in columns read top to
 * bottom (north to south, as the islands lie), each a marker and its name in a row tall
 * enough for a 24 px target; and the frame that marks the islands on the map.
 */
function compactKeyFor(
  islands: readonly { iso3: string; name: string; at: { x0: number; y0: number; x1: number; y1: number } }[],
  mapHeight: number,
): { box: CompactKey; markers: Marker[] } {
  const { keyColumns: columns, keyRow: row, insetRing: r } = COMPACT;
  const heading = 26;
  const rows = Math.ceil(islands.length / columns);
  const box: Box = { x: 0, y: mapHeight + 8, width: INSET.width, height: heading + rows * row + 6 };
  const cell = box.width / columns;
  const markers = islands.map((s, i): Marker => {
    const x = box.x + Math.floor(i / rows) * cell;
    const y = box.y + heading + (i % rows) * row;
    const cx = round1(x + 8 + r);
    const cy = round1(y + row / 2);
    return {
      cx,
      cy,
      r,
      label: { x: round1(cx + r + 8), y: cy, lines: wrapLabel(s.name, COMPACT.keyWrap) },
      hit: { x: round1(x + 4), y: round1(y + 1), width: round1(cell - 8), height: row - 2 },
    };
  });
  const [x0, y0, x1, y1] = [
    Math.min(...islands.map((s) => s.at.x0)),
    Math.min(...islands.map((s) => s.at.y0)),
    Math.max(...islands.map((s) => s.at.x1)),
    Math.max(...islands.map((s) => s.at.y1)),
  ];
  const frame = { x: round1(x0 - 8), y: round1(y0 - 8), width: round1(x1 - x0 + 16), height: round1(y1 - y0 + 16) };
  return { box: { ...box, keys: islands.map((s) => s.iso3), frame }, markers };
}
