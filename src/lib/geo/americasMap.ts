/**
 * The membership map's geometry, ready to serialise: both panels' paths and viewBoxes, the
 * territory labels, and where each state is pointed at. Computed once per build (the map
 * page, chapters and the handout share it) and timed, so the build reports what it costs.
 */
import { projectAmericas, type MapShape, type ProjectedAmericas } from './americasGeometry';
import type { Territory } from './territoryLabels';
import { labelBox, type MapLabel } from './markerLabels';
import { COMPACT } from './mapProjections';
import { placeTargets, wrapLabel, type Callout, type CompactKey, type PanelId, type StateTarget } from './stateTargets';
import { round1 } from './roundPath';

export type { MapLabel };

export interface PanelDrawing {
  width: number;
  height: number;
  /** The shapes layer's transform (the inset's zoom); absent on the overview. */
  transform?: string;
  /** The zoom that transform applies (1 on the overview): patterns and strokes divide by it. */
  zoom: number;
  /** The inverse of `transform`: draws in panel units inside the shapes layer (phone rings on a state). */
  untransform?: string;
  shapes: MapShape[];
  labels: MapLabel[];
  /** Phones: the names of the states drawn as rings there (lib/geo/stateTargets.ts). */
  compactLabels: MapLabel[];
}

/** A shape as the island names it: its path data stays in the figure's <defs> (lib/map/mapModel.ts, shapePathId). */
export type ShapeRef = Omit<MapShape, 'd'>;

/** Each panel's path data by shape: what the figure draws once, in <defs> (MapShapePaths.astro). */
export type ShapePaths = Record<PanelId, Pick<MapShape, 'key' | 'd'>[]>;

/**
 * The geometry the island receives: everything but the path data, which the figure draws
 * once in its <defs> and the island's panels reference with <use> (so it is not sent twice,
 * once as SVG and once as props).
 */
export type IslandGeometry = Omit<MembershipMapGeometry, PanelId> & { [P in PanelId]: IslandPanel<MembershipMapGeometry[P]> };

/** A panel as the island receives it: its shapes named, their path data left in <defs>. */
export type IslandPanel<P extends PanelDrawing = PanelDrawing> = Omit<P, 'shapes'> & { shapes: ShapeRef[] };

export interface MembershipMapGeometry {
  overview: PanelDrawing & { frame: { x: number; y: number; width: number; height: number } };
  /**
   * `width` × `height` is the map itself (the SVG's viewBox); wide layouts draw the callout
   * to its right, phones the key below it, each outside the viewBox and inside the element,
   * whose aspect ratio membershipMap.css sets per layout (keep in sync; a unit test checks).
   */
  inset: PanelDrawing & { callout?: Callout; compactKey?: CompactKey };
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

/** matrix(k 0 0 k tx ty) → its inverse, so a ring inside a state's group is drawn in panel units. */
function inverseOf(transform: string): string {
  const [k = 1, , , , tx = 0, ty = 0] = transform.match(/-?[\d.]+/g)?.map(Number) ?? [];
  const f = (v: number): number => Math.round(v * 1e6) / 1e6;
  return `matrix(${f(1 / k)} 0 0 ${f(1 / k)} ${f(-tx / k)} ${f(-ty / k)})`;
}

/**
 * Draw order: a state whose shape is its target on wide layouts but which gets a ring on
 * phones carries that ring inside its own group, so it comes last, above its neighbours.
 */
function ringsLast(shapes: MapShape[], targets: Record<string, StateTarget>): MapShape[] {
  const late = (s: MapShape): boolean => Boolean(targets[s.key]?.compact && !targets[s.key]?.marker);
  return [...shapes.filter((s) => !late(s)), ...shapes.filter(late)];
}

/**
 * The territories' labels on one panel. A label with a phone variant (territoryLabels.ts)
 * comes twice, each marked with the layout that shows it; the others serve both.
 */
function territoryLabels(projected: ProjectedAmericas, territories: readonly Territory[], panel: 'overview' | 'inset'): MapLabel[] {
  return territories.flatMap((t): MapLabel[] => {
    const label = t.label;
    const extent = projected[panel].extents[t.id];
    if (label?.panel !== panel || !extent) return [];
    const [x, y] = label.at ? (panel === 'overview' ? projected.toOverview : projected.toInset)(label.at) : [extent.cx, extent.cy];
    const wide: MapLabel = {
      lines: wrapLabel(label.text, label.wrap, label.lines),
      x: round1(x + label.dx),
      y: round1(y + label.dy),
      anchor: label.anchor,
      ...(label.projector === false ? { projector: false as const } : {}),
    };
    const c = label.compact;
    if (!c) return [wide];
    return [
      { ...wide, layout: 'wide' },
      { lines: wrapLabel(label.text, c.wrap, c.lines), x: round1(x + c.dx), y: round1(y + c.dy), anchor: c.anchor, layout: 'compact' },
    ];
  });
}

const cache = new Map<string, MembershipMapGeometry>();

/** Milliseconds the last uncached geometry step took (the build logs it). */
export let geometryMilliseconds = 0;

/** The map for these states (and the territories drawn round them), computed once per input. */
export function americasMap(states: readonly MapStateInput[], territories: readonly Territory[]): MembershipMapGeometry {
  const key = JSON.stringify([states.map((s) => [s.iso3, s.isoNumeric, s.name]), territories.map((t) => t.id)]);
  const hit = cache.get(key);
  if (hit) return hit;
  const started = performance.now();
  const projected = projectAmericas([
    ...states.map((s) => ({ key: s.iso3, shapeId: s.isoNumeric, name: s.name, kind: 'state' as const })),
    ...territories.map((t) => ({ key: t.id, shapeId: t.id, name: `${t.name} (${t.note})`, kind: 'territory' as const })),
  ]);
  const overviewLabels = territoryLabels(projected, territories, 'overview');
  const insetLabels = territoryLabels(projected, territories, 'inset');
  // Phones draw the territory labels larger (src/styles/membershipMap.css); the state labels keep clear of them.
  const { targets, callout, compactKey, compactLabels } = placeTargets(states, projected, {
    overview: overviewLabels.filter((l) => l.layout !== 'wide').map((l) => labelBox(l, COMPACT.overviewLabel)),
    inset: insetLabels.filter((l) => l.layout !== 'wide').map((l) => labelBox(l, COMPACT.insetLabel)),
  });
  const { overview, inset } = projected;
  const strip = (labels: (MapLabel & { key: string })[]): MapLabel[] => labels.map(({ lines, x, y, anchor }) => ({ lines, x, y, anchor }));
  const map: MembershipMapGeometry = {
    overview: {
      width: overview.width,
      height: overview.height,
      zoom: 1,
      shapes: ringsLast(overview.shapes, targets),
      labels: overviewLabels,
      compactLabels: strip(compactLabels.overview),
      frame: projected.insetFrame,
    },
    inset: {
      width: inset.width,
      height: inset.height,
      zoom: Math.round(projected.zoom * 10000) / 10000,
      ...(inset.transform ? { transform: inset.transform, untransform: inverseOf(inset.transform) } : {}),
      shapes: ringsLast(inset.shapes, targets),
      labels: insetLabels,
      compactLabels: strip(compactLabels.inset),
      ...(callout ? { callout } : {}),
      ...(compactKey ? { compactKey } : {}),
    },
    targets,
    centres: Object.fromEntries(states.map((s) => [s.iso3, (projected.centres[s.iso3] ?? [0, 0]).map(round1) as [number, number]])),
  };
  geometryMilliseconds = Math.round(performance.now() - started);
  console.info(
    `[membership map] geometry for ${states.length} states and ${territories.length} territories built in ${geometryMilliseconds} ms`,
  );
  cache.set(key, map);
  return map;
}
