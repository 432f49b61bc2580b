/**
 * The membership map's geometry, ready to serialise: both panels' paths and viewBoxes, the
 * territory labels, and where each state is pointed at. Computed once per build (the map
 * page, chapters and the handout share it) and timed, so the build reports what it costs.
 */
import { projectAmericas, type MapShape, type ProjectedAmericas } from './americasGeometry';
import { AMERICAS_TERRITORIES, type Territory } from './americasTerritories';
import { placeTargets, wrapLabel, type Callout, type StateTarget } from './stateTargets';
import { round1 } from './roundPath';

export interface MapLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface PanelDrawing {
  width: number;
  height: number;
  /** The shapes layer's transform (the inset's zoom); absent on the overview. */
  transform?: string;
  /** The zoom that transform applies (1 on the overview): patterns and strokes divide by it. */
  zoom: number;
  shapes: MapShape[];
  labels: MapLabel[];
}

export interface MembershipMapGeometry {
  overview: PanelDrawing & { frame: { x: number; y: number; width: number; height: number } };
  inset: PanelDrawing & { callout?: Callout };
  /** Per state (ISO alpha-3): the panel and marker it is pointed at by. */
  targets: Record<string, StateTarget>;
  /** Per state: the centre of its largest part, [lon, lat] to 0.1°. */
  centres: Record<string, [number, number]>;
}

export interface MapStateInput {
  iso3: string;
  name: string;
  isoNumeric: string;
}


function territoryLabels(projected: ProjectedAmericas, territories: readonly Territory[], panel: 'overview' | 'inset'): MapLabel[] {
  return territories.flatMap((t) => {
    const label = t.label;
    const extent = projected[panel].extents[t.id];
    if (label?.panel !== panel || !extent) return [];
    const [x, y] = label.at ? (panel === 'overview' ? projected.toOverview : projected.toInset)(label.at) : [extent.cx, extent.cy];
    return [{ lines: wrapLabel(label.text, label.wrap), x: round1(x + label.dx), y: round1(y + label.dy), anchor: label.anchor }];
  });
}

const cache = new Map<string, MembershipMapGeometry>();

/** Milliseconds the last uncached geometry step took (the build logs it). */
export let geometryMilliseconds = 0;

/** The map for these states (and the territories drawn round them), computed once per input. */
export function americasMap(states: readonly MapStateInput[], territories: readonly Territory[] = AMERICAS_TERRITORIES): MembershipMapGeometry {
  const key = JSON.stringify([states.map((s) => [s.iso3, s.isoNumeric, s.name]), territories.map((t) => t.id)]);
  const hit = cache.get(key);
  if (hit) return hit;
  const started = performance.now();
  const projected = projectAmericas([
    ...states.map((s) => ({ key: s.iso3, shapeId: s.isoNumeric, name: s.name, kind: 'state' as const })),
    ...territories.map((t) => ({ key: t.id, shapeId: t.id, name: `${t.name} (${t.note})`, kind: 'territory' as const })),
  ]);
  const { targets, callout } = placeTargets(states, projected);
  const { overview, inset } = projected;
  const map: MembershipMapGeometry = {
    overview: { width: overview.width, height: overview.height, zoom: 1, shapes: overview.shapes, labels: territoryLabels(projected, territories, 'overview'), frame: projected.insetFrame },
    inset: {
      width: inset.width + (callout ? callout.width : 0),
      height: inset.height,
      zoom: Math.round(projected.zoom * 10000) / 10000,
      ...(inset.transform ? { transform: inset.transform } : {}),
      shapes: inset.shapes,
      labels: territoryLabels(projected, territories, 'inset'),
      ...(callout ? { callout } : {}),
    },
    targets,
    centres: Object.fromEntries(states.map((s) => [s.iso3, (projected.centres[s.iso3] ?? [0, 0]).map(round1) as [number, number]])),
  };
  geometryMilliseconds = Math.round(performance.now() - started);
  console.info(`[membership map] geometry for ${states.length} states and ${territories.length} territories built in ${geometryMilliseconds} ms`);
  cache.set(key, map);
  return map;
}
