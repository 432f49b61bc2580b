/**
 * The build-time geometry step: world-atlas 1:50m → the Americas → projected, simplified,
 * rounded SVG paths for two panels (the whole continent, and Central America with the
 * Caribbean enlarged). Borders are simplified once per shared arc, so neighbours never part.
 * The browser receives only `{ key, name, d }` per shape and each panel's viewBox.
 */
import { geoClipRectangle, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { DETAIL, INSET, inAmericas, MAP_PROJECTION, type LonLat } from './mapProjections';
import { ringsToPath, round1 } from './roundPath';
import { ringArea, simplifyLine, type Point } from './simplifyLine';
import { ATLAS_FILE, readAtlas, type CountriesTopology } from './worldAtlas';

/** A shape to draw: a member state or a territory, by its world-atlas id. */
export interface ShapeSource {
  /** ISO alpha-3 code for a state, the atlas id for a territory. */
  key: string;
  /** world-atlas (ISO numeric) id. */
  shapeId: string;
  name: string;
  kind: 'state' | 'territory';
}

/** What the browser draws for one shape. */
export interface MapShape {
  key: string;
  kind: 'state' | 'territory';
  name: string;
  /** SVG path data in the panel's shape coordinates. */
  d: string;
}

/** A shape's bounding box and a point inside its largest part, in panel units (display px at the reference width). */
export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cx: number;
  cy: number;
}

export interface PanelGeometry {
  width: number;
  height: number;
  /** Transform from shape coordinates (map units) to panel units; absent when they are the same. */
  transform?: string;
  shapes: MapShape[];
  extents: Record<string, Extent>;
}

export interface ProjectedAmericas {
  overview: PanelGeometry;
  inset: PanelGeometry;
  /** The enlarged box, in overview units (outlined on the overview). */
  insetFrame: { x: number; y: number; width: number; height: number };
  /** Zoom of the inset relative to the overview. */
  zoom: number;
  /** Keys of the shapes lying wholly inside the inset box. */
  insideInset: Set<string>;
  /** Each shape's centre (of its largest part) as lon/lat: orders the keyboard walk. */
  centres: Record<string, LonLat>;
  /** Projects a lon/lat point into each panel's units. */
  toOverview: (p: LonLat) => Point;
  toInset: (p: LonLat) => Point;
}

type Rings = Point[][];
/** A shape's parts: each a list of rings (outer first), each ring a list of arc indices. */
type ArcPolygons = number[][][];

function arcPolygons(geometry: TopoPolygon | TopoMultiPolygon): ArcPolygons {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/** Decodes quantised, delta-encoded arcs to lon/lat, on demand. */
function arcDecoder(topology: CountriesTopology): (index: number) => LonLat[] {
  const cache = new Map<number, LonLat[]>();
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  return (index) => {
    let arc = cache.get(index);
    if (!arc) {
      let x = 0;
      let y = 0;
      arc = (topology.arcs[index] ?? []).map(([dx, dy]) => {
        x += dx ?? 0;
        y += dy ?? 0;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as LonLat;
      });
      cache.set(index, arc);
    }
    return arc;
  };
}

/** Joins a ring's arcs (a negative index ~i means arc i reversed), dropping repeated joints. */
function joinRing(ring: number[], arcPoints: (index: number) => Point[]): Point[] {
  const points: Point[] = [];
  for (const index of ring) {
    const arc = index < 0 ? arcPoints(~index).slice().reverse() : arcPoints(index);
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  return points;
}

function centreOf(points: readonly LonLat[]): LonLat {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/** Area-weighted centroid of a ring (falls back to its first point when degenerate). */
function ringCentroid(ring: readonly Point[]): Point {
  let [cx, cy, a] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xa, ya] = ring[j] as Point;
    const [xb, yb] = ring[i] as Point;
    const f = xa * yb - xb * ya;
    cx += (xa + xb) * f;
    cy += (ya + yb) * f;
    a += f;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [cx / (3 * a), cy / (3 * a)];
}

/** Clips rings to a rectangle with d3's planar clip, which closes polygons along the edge. */
function clipRings(polygons: Rings[], [x0, y0, x1, y1]: [number, number, number, number]): Rings[] {
  const out: Rings[] = [];
  let ring: Point[] = [];
  let rings: Rings = [];
  const sink: GeoStream = {
    point: (x, y) => void ring.push([x, y]),
    lineStart: () => void (ring = []),
    lineEnd: () => void (ring.length > 2 && rings.push(ring)),
    polygonStart: () => void (rings = []),
    polygonEnd: () => void (rings.length > 0 && out.push(rings)),
    sphere: () => {},
  };
  const clip = geoClipRectangle(x0, y0, x1, y1)(sink);
  for (const polygon of polygons) {
    clip.polygonStart();
    for (const r of polygon) {
      clip.lineStart();
      // The clip expects open rings: the closing point is implied.
      for (const [x, y] of r.slice(0, -1)) clip.point(x, y, 0);
      clip.lineEnd();
    }
    clip.polygonEnd();
  }
  return out;
}

/** Keeps the rings worth drawing: big enough to see, and always a state's largest part. */
function visibleRings(polygons: Rings[], minArea: number): Rings {
  const outers = polygons.map((p) => Math.abs(ringArea(p[0] ?? [])));
  const largest = outers.indexOf(Math.max(...outers));
  return polygons.flatMap((p, i) => p.filter((r, j) => (i === largest && j === 0) || Math.abs(ringArea(r)) >= minArea));
}

function extentOf(rings: Rings, polygons: Rings[]): Extent {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const largest = polygons.map((p) => p[0] ?? []).sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0] ?? [];
  const [cx, cy] = ringCentroid(largest);
  return { x0, y0, x1, y1, cx, cy };
}


/** Projects the given shapes for both panels. Pure given the atlas; about 100–300 ms. */
export function projectAmericas(sources: readonly ShapeSource[]): ProjectedAmericas {
  const topology = readAtlas();
  const byId = new Map(topology.objects.countries.geometries.map((g) => [String(g.id), g]));
  const lonLatArc = arcDecoder(topology);

  // 1. Keep each shape's American parts only.
  const parts = sources.map((source) => {
    const geometry = byId.get(source.shapeId);
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new Error(`${source.name}: ${ATLAS_FILE} has no area shape with id '${source.shapeId}'`);
    }
    const polygons = arcPolygons(geometry).filter((polygon) => inAmericas(centreOf(joinRing(polygon[0] ?? [], lonLatArc))));
    return { source, polygons };
  });

  // 2. Fit the projection to the kept parts, leaving padding round the land.
  const projection: GeoProjection = MAP_PROJECTION.create();
  const pad = MAP_PROJECTION.overviewPadding;
  const land = feature(topology, {
    type: 'GeometryCollection',
    geometries: parts.map((p) => ({ type: 'MultiPolygon' as const, arcs: p.polygons })),
  });
  projection.fitWidth(MAP_PROJECTION.overviewWidth - 2 * pad, land);
  const [[bx0, by0], [, by1]] = geoPath(projection).bounds(land);
  const [tx, ty] = projection.translate();
  projection.translate([tx - bx0 + pad, ty - by0 + pad]);
  const overviewHeight = Math.ceil(by1 - by0 + 2 * pad);
  const project = (p: LonLat): Point => projection(p) ?? [NaN, NaN];

  // 3. The inset box: the projected bounds of its lon/lat rectangle, edges sampled.
  const [[w, s], [e, n]] = INSET.bounds;
  const edge: Point[] = [];
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    edge.push(project([w + t * (e - w), s]), project([w + t * (e - w), n]), project([w, s + t * (n - s)]), project([e, s + t * (n - s)]));
  }
  const box: [number, number, number, number] = [
    Math.min(...edge.map((p) => p[0])),
    Math.min(...edge.map((p) => p[1])),
    Math.max(...edge.map((p) => p[0])),
    Math.max(...edge.map((p) => p[1])),
  ];
  const zoom = INSET.width / (box[2] - box[0]);
  const toInset = ([x, y]: Point): Point => [(x - box[0]) * zoom, (y - box[1]) * zoom];

  // 4. Project each arc once; simplify it once per panel.
  const projectedArcs = new Map<number, Point[]>();
  const projectedArc = (index: number): Point[] => {
    let arc = projectedArcs.get(index);
    if (!arc) projectedArcs.set(index, (arc = lonLatArc(index).map(project)));
    return arc;
  };
  const simplified = (tolerance: number) => {
    const cache = new Map<number, Point[]>();
    return (index: number): Point[] => {
      let arc = cache.get(index);
      if (!arc) cache.set(index, (arc = simplifyLine(projectedArc(index), tolerance)));
      return arc;
    };
  };
  const overviewArcs = simplified(DETAIL.tolerance);
  const insetArcs = simplified(DETAIL.tolerance / zoom);

  const overview: PanelGeometry = { width: MAP_PROJECTION.overviewWidth + MAP_PROJECTION.overviewLabelMargin, height: overviewHeight, shapes: [], extents: {} };
  const inset: PanelGeometry = {
    width: INSET.width,
    height: Math.ceil((box[3] - box[1]) * zoom),
    transform: `matrix(${Math.round(zoom * 10000) / 10000} 0 0 ${Math.round(zoom * 10000) / 10000} ${round1(-box[0] * zoom)} ${round1(-box[1] * zoom)})`,
    shapes: [],
    extents: {},
  };
  const insideInset = new Set<string>();
  const centres: Record<string, LonLat> = {};
  const insetStep = 10 ** Math.floor(Math.log10(1 / zoom));

  for (const { source, polygons } of parts) {
    const shape = { key: source.key, kind: source.kind, name: source.name };
    // Overview: the whole shape, in map units.
    const full = polygons.map((polygon) => polygon.map((ring) => joinRing(ring, overviewArcs)));
    const rings = visibleRings(full, DETAIL.minRingArea);
    const d = ringsToPath(rings, 1);
    // A microstate can round away to nothing on the overview; it is drawn on the inset.
    if (d) overview.shapes.push({ ...shape, d });
    const extent = extentOf(rings, full);
    overview.extents[source.key] = extent;
    centres[source.key] = projection.invert?.([extent.cx, extent.cy]) ?? [NaN, NaN];

    // Inset: the part inside the box, finer, in map units under the inset's transform.
    const fine = polygons.map((polygon) => polygon.map((ring) => joinRing(ring, insetArcs)));
    const clipped = clipRings(fine, box);
    if (clipped.length === 0) continue;
    const all = fine.flat(2);
    if (all.every(([x, y]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3])) insideInset.add(source.key);
    const insetRings = visibleRings(clipped, DETAIL.minRingArea / zoom ** 2);
    const insetD = ringsToPath(insetRings, insetStep);
    if (insetD) inset.shapes.push({ ...shape, d: insetD });
    const panelRings = insetRings.map((r) => r.map(toInset));
    inset.extents[source.key] = extentOf(panelRings, clipped.map((p) => p.map((r) => r.map(toInset))));
  }

  return {
    overview,
    inset,
    insetFrame: { x: round1(box[0]), y: round1(box[1]), width: round1(box[2] - box[0]), height: round1(box[3] - box[1]) },
    zoom,
    insideInset,
    centres,
    toOverview: project,
    toInset: (p) => toInset(project(p)),
  };
}
