/**
 * The build-time geometry step: world-atlas 1:50m → the Americas → projected, simplified,
 * rounded SVG paths for two panels (the whole continent, and Central America with the
 * Caribbean enlarged). The libraries do the work: topojson-client turns arcs into shapes,
 * topojson-simplify simplifies each shared arc once (so neighbours never part) and drops
 * islands too small to see, d3-geo projects and clips to the inset's box, and a path context
 * (roundPath.ts) writes the rounded path data. The browser receives only `{ key, name, d }`
 * per shape and each panel's viewBox.
 */
import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import {
  filter,
  filterWeight,
  planarRingArea,
  planarTriangleArea,
  presimplify,
  simplify,
  type Ring,
  type Triangle,
} from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import { DETAIL, INSET, inAmericas, MAP_PROJECTION, type LonLat, type Point } from './mapProjections';
import { round1, RoundingContext } from './roundPath';
import { ATLAS_FILE, readAtlas } from './worldAtlas';

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

/** The shapes to draw, each a MultiPolygon of its American parts, with its key as id. */
type ShapesTopology = Topology<{ shapes: GeometryCollection }>;
type Shape = Feature<MultiPolygon>;

function shapesOf(topology: ShapesTopology): Shape[] {
  return (feature(topology, topology.objects.shapes) as FeatureCollection<MultiPolygon>).features;
}

/** The middle of a ring's lon/lat bounding box. */
function centreOf(ring: readonly LonLat[]): LonLat {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** A shape's bounding box and the centroid of its largest part, as the given path draws it (undefined when nothing is drawn). */
function extentOf(path: GeoPath, shape: Shape): Extent | undefined {
  const [[x0, y0], [x1, y1]] = path.bounds(shape);
  if (!Number.isFinite(x0)) return undefined;
  const parts = shape.geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  const areas = parts.map((p) => path.area(p));
  const [cx, cy] = path.centroid(parts[areas.indexOf(Math.max(...areas))] as Polygon);
  return Number.isFinite(cx) ? { x0, y0, x1, y1, cx, cy } : { x0, y0, x1, y1, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

/**
 * Simplification always keeps the ends of each arc, and may drop every other point: an island
 * drawn by one arc (which starts and ends at the same point) would shrink to that point, and
 * one shared by two states to its border's two ends, leaving a microstate nothing to point at.
 * Each given ring keeps its weightiest points until it has three, so it stays a triangle at
 * every detail (rounding then decides whether it is drawn).
 */
function keepTriangles(topology: Topology, rings: Iterable<number[]>): void {
  const arcs = topology.arcs as [number, number, number][][];
  for (const ring of rings) {
    const lines = ring.map((index) => arcs[index < 0 ? ~index : index] ?? []);
    const ends = new Set(lines.flatMap((arc) => [arc[0], arc.at(-1)]).map((p) => String(p?.slice(0, 2))));
    const inner = lines.flatMap((arc) => arc.slice(1, -1)).sort((p, q) => q[2] - p[2]);
    for (const point of inner.slice(0, Math.max(0, 3 - ends.size))) point[2] = Infinity;
  }
}

/**
 * How far a point stands off the line between its neighbours, in map units: the weight each
 * point is dropped by. Visvalingam's area would keep the points of long, gentle curves that
 * no one sees and drop the jagged coasts of the Arctic that everyone does; the distance is the
 * measure Douglas–Peucker uses, so a tolerance in display px means what it says.
 */
function triangleHeight(triangle: Triangle): number {
  const [a, b, c] = triangle;
  const base = Math.hypot(c[0] - a[0], c[1] - a[1]);
  return base === 0 ? Math.hypot(b[0] - a[0], b[1] - a[1]) : (2 * planarTriangleArea(triangle)) / base;
}

/** The path data of a shape drawn with `projection`, rounded to a grid of `step` map units. */
function pathData(projection: GeoProjection, step: number, shape: Shape): string {
  const context = new RoundingContext(step);
  geoPath(projection, context)(shape);
  return context.result();
}

/** Projects the given shapes for both panels. Pure given the atlas; about 300–600 ms. */
export function projectAmericas(sources: readonly ShapeSource[]): ProjectedAmericas {
  const atlas = readAtlas();
  const byId = new Map(atlas.objects.countries.geometries.map((g) => [String(g.id), g]));

  // 1. Keep each shape's American parts only, judged by the centre of each part's outline.
  const geometries = sources.map((source): TopoMultiPolygon => {
    const geometry = byId.get(source.shapeId);
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new Error(`${source.name}: ${ATLAS_FILE} has no area shape with id '${source.shapeId}'`);
    }
    const arcs = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const multi: TopoMultiPolygon = { type: 'MultiPolygon', arcs };
    const outlines = feature(atlas, multi).geometry.coordinates.map((polygon) => polygon[0] as LonLat[]);
    const american = arcs.filter((_, i) => inAmericas(centreOf(outlines[i] ?? [])));
    if (american.length === 0) throw new Error(`${source.name}: the ${ATLAS_FILE} shape '${source.shapeId}' has no part in the Americas`);
    return { type: 'MultiPolygon', id: source.key, arcs: american };
  });
  // The filter that passes every ring only prunes the world's other arcs.
  const topology = filter({ ...atlas, objects: { shapes: { type: 'GeometryCollection', geometries } } }, () => true) as ShapesTopology;

  // 2. Fit the projection to the kept parts, leaving padding round the land.
  const projection: GeoProjection = MAP_PROJECTION.create();
  const pad = MAP_PROJECTION.overviewPadding;
  const land = feature(topology, topology.objects.shapes);
  projection.fitWidth(MAP_PROJECTION.overviewWidth - 2 * pad, land);
  const [[bx0, by0], [, by1]] = geoPath(projection).bounds(land);
  const [tx, ty] = projection.translate();
  projection.translate([tx - bx0 + pad, ty - by0 + pad]);
  const overviewHeight = Math.ceil(by1 - by0 + 2 * pad);
  const project = (p: LonLat): Point => projection(p) ?? [NaN, NaN];
  // Paths join the projected points with straight lines, as the simplification measured them.
  projection.precision(0);

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
  const clipped = MAP_PROJECTION.create()
    .scale(projection.scale())
    .translate(projection.translate())
    .precision(0)
    .clipExtent([
      [box[0], box[1]],
      [box[2], box[3]],
    ]);

  // 4. Weigh every point of every arc once, by how far it stands off its neighbours in map
  // units; each panel keeps the points that stand off more than it can show, and the islands
  // big enough to see. Arcs are shared, so neighbours keep one border. A shape's largest part
  // is kept however small, for its extent (where its marker goes) and for the inset, which
  // draws every microstate; the overview leaves out what it cannot show.
  const weighed = presimplify(topology, (triangle) => triangleHeight(triangle.map((p) => project(p)) as Triangle));
  const projectedArea = (ring: Ring): number => planarRingArea(ring.map((p) => project(p)));
  const largest = new Set<number[]>(
    (topology.objects.shapes.geometries as TopoMultiPolygon[]).map((g) => {
      const outers = g.arcs.map((polygon) => polygon[0] as number[]);
      const areas = feature(topology, g).geometry.coordinates.map((polygon) => projectedArea(polygon[0] as Ring));
      return outers[areas.indexOf(Math.max(...areas))] as number[];
    }),
  );
  keepTriangles(weighed, largest);
  const byKey = (t: ShapesTopology): Map<string, Shape> => new Map(shapesOf(t).map((f) => [String(f.id), f]));
  const detail = (scale: number): Record<'all' | 'kept' | 'visible', Map<string, Shape>> => {
    const simplified = simplify(weighed, DETAIL.tolerance / scale);
    const bigEnough = filterWeight(simplified, DETAIL.minRingArea / scale ** 2, projectedArea);
    // The filter is handed each ring's own array of arc indices (the types say points), the one
    // `largest` holds: presimplify and simplify pass the objects through untouched.
    const kept = filter(
      simplified,
      (ring, interior) => largest.has(ring as unknown as number[]) || bigEnough(ring, interior),
    ) as ShapesTopology;
    return { all: byKey(simplified), kept: byKey(kept), visible: byKey(filter(simplified, bigEnough) as ShapesTopology) };
  };
  const overviewDetail = detail(1);
  const insetDetail = detail(zoom);

  const overview: PanelGeometry = {
    width: MAP_PROJECTION.overviewWidth + MAP_PROJECTION.overviewLabelMargin,
    height: overviewHeight,
    shapes: [],
    extents: {},
  };
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
  const overviewPath = geoPath(projection);
  const insetPath = geoPath(clipped);

  for (const source of sources) {
    const shape = { key: source.key, kind: source.kind, name: source.name };
    // Overview: the whole shape, in map units.
    const full = overviewDetail.kept.get(source.key) as Shape;
    const visible = overviewDetail.visible.get(source.key);
    const d = visible ? pathData(projection, 1, visible) : '';
    // A microstate is too small to draw on the overview; it is drawn on the inset.
    if (d) overview.shapes.push({ ...shape, d });
    const extent = extentOf(overviewPath, full);
    if (!extent) throw new Error(`${source.name}: nothing of shape '${source.shapeId}' is left to draw`);
    overview.extents[source.key] = extent;
    centres[source.key] = projection.invert?.([extent.cx, extent.cy]) ?? [NaN, NaN];

    // Inset: the part inside the box, finer, in map units under the inset's transform.
    const fine = insetDetail.kept.get(source.key) as Shape;
    const within = extentOf(insetPath, fine);
    if (!within) continue;
    const [[x0, y0], [x1, y1]] = overviewPath.bounds(insetDetail.all.get(source.key) as Shape);
    if (x0 >= box[0] && y0 >= box[1] && x1 <= box[2] && y1 <= box[3]) insideInset.add(source.key);
    const insetD = pathData(clipped, insetStep, fine);
    if (insetD) inset.shapes.push({ ...shape, d: insetD });
    const [px0, py0] = toInset([within.x0, within.y0]);
    const [px1, py1] = toInset([within.x1, within.y1]);
    const [cx, cy] = toInset([within.cx, within.cy]);
    inset.extents[source.key] = { x0: px0, y0: py0, x1: px1, y1: py1, cx, cy };
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
