/**
 * Where each state can be pointed at (as OWID's MapAnnotations.ts does for small countries):
 * its own shape when that is at least 24 × 24 px at the reference width, otherwise a round
 * marker on it, or, for the Lesser Antilles, a labelled marker in the Eastern Caribbean
 * callout beside the enlargement, with a leader line to the island.
 */
import type { ProjectedAmericas } from './americasGeometry';
import { INSET, TARGET } from './mapProjections';
import { round1 } from './roundPath';

export type PanelId = 'overview' | 'inset';

export interface Marker {
  cx: number;
  cy: number;
  r: number;
  /** Callout markers: the name beside the marker, one or two lines. */
  label?: { x: number; y: number; lines: string[] };
  /** Callout markers: from the island to the marker. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface StateTarget {
  /** The panel whose element takes the pointer and the focus. */
  panel: PanelId;
  /** Present when the shape is too small to point at. */
  marker?: Marker;
}

export interface Callout {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Keys of the callout's states, north to south. */
  keys: string[];
}


/** A name in at most two lines of about `width` characters. */
export function wrapLabel(name: string, width = 16): string[] {
  if (name.length <= width) return [name];
  const words = name.split(' ');
  let first = '';
  while (words.length > 1 && `${first} ${words[0]}`.trim().length <= width) first = `${first} ${words.shift()}`.trim();
  return first ? [first, words.join(' ')] : [name];
}

/** Targets for the given states, and the callout box (in inset units) when any state needs it. */
export function placeTargets(states: readonly { iso3: string; name: string }[], projected: ProjectedAmericas): { targets: Record<string, StateTarget>; callout?: Callout } {
  const targets: Record<string, StateTarget> = {};
  const calloutStates: { iso3: string; name: string }[] = [];
  const minSize = TARGET.minSize * TARGET.safety;
  const r = TARGET.markerRadius;

  for (const state of states) {
    const panel: PanelId = projected.insideInset.has(state.iso3) ? 'inset' : 'overview';
    const e = projected[panel].extents[state.iso3];
    if (!e) throw new Error(`${state.name} (${state.iso3}): no shape drawn on the ${panel} panel`);
    const small = e.x1 - e.x0 < minSize || e.y1 - e.y0 < minSize;
    if (!small) targets[state.iso3] = { panel };
    else if (panel === 'inset' && (projected.centres[state.iso3]?.[0] ?? -180) > INSET.calloutEastOf) calloutStates.push(state);
    else targets[state.iso3] = { panel, marker: { cx: round1(e.cx), cy: round1(e.cy), r } };
  }
  if (calloutStates.length === 0) return { targets };

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
      },
    };
  });
  return {
    targets,
    callout: { x: INSET.width, y: round1(top - r - heading), width: INSET.calloutWidth, height: round1(columnHeight + 2 * r + heading + 6), keys: islands.map((s) => s.iso3) },
  };
}
