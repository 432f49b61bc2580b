import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { americasMap, geometryMilliseconds } from '../../src/lib/geo/americasMap';
import { LABEL_PLACES, placeTerritoryLabels } from '../../src/lib/geo/territoryLabels';
import { membershipStates, territoryEntries } from '../support/contentData';
import { COMPACT, INSET, TARGET } from '../../src/lib/geo/mapProjections';
import { labelBox } from '../../src/lib/geo/markerLabels';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { RoundingContext } from '../../src/lib/geo/roundPath';
import { wrapLabel } from '../../src/lib/geo/stateTargets';

const states = membershipStates();
const territories = placeTerritoryLabels(territoryEntries());
const map = americasMap(states, territories);

/** Absolute points of a path written by RoundingContext (M x y, then relative l moves, z), to 1e-6. */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [move, moves = ''] = ring.slice(1).split('l');
    const numbers = (s: string | undefined): number[] => (s?.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x, y] = numbers(move) as [number, number];
    points.push([x, y]);
    const deltas = numbers(moves);
    for (let i = 0; i + 1 < deltas.length; i += 2) points.push([(x += deltas[i] as number), (y += deltas[i + 1] as number)]);
  }
  return points.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
}
/** Each ring of a path, as its closed list of absolute points. */
function ringsOf(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((ring) => pointsOf(`${ring}z`));
}
/** Squared distance from p to the segment a–b. */
function segmentDistance2([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2;
}
/** A polygon drawn through d3-geo (an identity projection) into the rounding context. */
function drawn(rings: [number, number][][], step: number): string {
  const context = new RoundingContext(step);
  const polygon: Polygon = { type: 'Polygon', coordinates: rings.map((r) => [...r, r[0] as [number, number]]) };
  geoPath(geoIdentity(), context)(polygon);
  return context.result();
}
/** "matrix(k 0 0 k tx ty)" applied to a point. */
function transformOf(transform: string | undefined): (p: [number, number]) => [number, number] {
  const [k = 1, , , , tx = 0, ty = 0] = transform?.match(/-?[\d.]+/g)?.map(Number) ?? [];
  return ([x, y]) => [k * x + tx, k * y + ty];
}

describe('path writing', () => {
  it('writes rings as one absolute move and relative lines, rounded to the grid step', () => {
    expect(
      drawn(
        [
          [
            [0.4, 0.4],
            [10.2, 0],
            [10, 10.6],
            [0, 10],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l10 0 0 11-10-1z');
    expect(
      drawn(
        [
          [
            [0, 0],
            [1.04, 0],
            [1, 1.26],
          ],
        ],
        0.1,
      ),
    ).toBe('M0 0l1 0 0 1.3z');
    // Decimals lose their leading zero, and a minus sign separates two numbers on its own.
    expect(
      drawn(
        [
          [
            [0, 0],
            [-0.46, 0.04],
            [-0.4, -0.62],
          ],
        ],
        0.1,
      ),
    ).toBe('M0 0l-.5 0 .1-.6z');
    // Two rings (an island and its neighbour, or a hole) are two subpaths.
    expect(
      drawn(
        [
          [
            [0, 0],
            [4, 0],
            [4, 4],
          ],
          [
            [10, 10],
            [12, 10],
            [12, 12],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l4 0 0 4zM10 10l2 0 0 2z');
  });

  it('drops points that round together, and rings that collapse', () => {
    expect(
      drawn(
        [
          [
            [0, 0],
            [0.2, 0.1],
            [0.3, 0.2],
          ],
        ],
        1,
      ),
    ).toBe('');
    expect(
      drawn(
        [
          [
            [0, 0],
            [0.2, 0],
            [5, 0],
            [5.3, 0.2],
            [5, 5],
          ],
        ],
        1,
      ),
    ).toBe('M0 0l5 0 0 5z');
  });

  it('wraps long labels onto two lines, or as many as asked, the last taking the rest', () => {
    expect(wrapLabel('Saint Vincent and the Grenadines', 14)).toEqual(['Saint Vincent', 'and the Grenadines']);
    expect(wrapLabel('Dominica', 14)).toEqual(['Dominica']);
    expect(wrapLabel('Falklands/Malvinas (UK; claimed by Argentina)', 15, 3)).toEqual([
      'Falklands/Malvinas',
      '(UK; claimed by',
      'Argentina)',
    ]);
  });
});

describe('the Americas, projected at build time', () => {
  it('draws all 35 states, each code matching a world-atlas shape, each where it is pointed at', () => {
    for (const s of states) {
      const panel = map.targets[s.iso3]?.panel === 'inset' ? map.inset : map.overview;
      expect(panel.shapes.find((x) => x.key === s.iso3)?.d, s.name).toMatch(/^M.+z$/);
    }
    // The microstates are below a pixel on the overview and are left out there.
    expect(map.overview.shapes.filter((x) => x.kind === 'state').length).toBeGreaterThanOrEqual(28);
    expect(map.overview.shapes.every((x) => x.d.length > 0)).toBe(true);
  });

  it('keeps every shared border shared: a state’s vertices along its neighbour are the neighbour’s own vertices', () => {
    const pairs = [
      ['overview', 'ARG', 'CHL'],
      ['overview', 'USA', 'CAN'],
      ['overview', 'BRA', 'BOL'],
      ['overview', 'MEX', 'GTM'],
      ['inset', 'HTI', 'DOM'],
      ['inset', 'CRI', 'PAN'],
      ['inset', 'GUY', 'SUR'],
      ['inset', 'HND', 'NIC'],
    ] as const;
    for (const [panel, a, b] of pairs) {
      const shape = (key: string): string => map[panel].shapes.find((s) => s.key === key)?.d ?? '';
      // Within half a display px of the neighbour's outline (map units under the inset's zoom).
      const near = (0.5 / map[panel].zoom) ** 2;
      const edges = ringsOf(shape(b)).flatMap((ring) => ring.map((p, i) => [p, ring[(i + 1) % ring.length] as [number, number]] as const));
      const vertices = new Set(pointsOf(shape(b)).map(String));
      const alongB = pointsOf(shape(a)).filter((p) => edges.some(([q, r]) => segmentDistance2(p, q, r) <= near));
      const shared = alongB.filter((p) => vertices.has(String(p)));
      expect(alongB.length, `${a}–${b}`).toBeGreaterThanOrEqual(5);
      // Where a coast passes close to the neighbour's coast (a strait, a bay), a vertex may be near without being shared.
      expect(shared.length / alongB.length, `${a}–${b}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('draws microstates as shapes on the enlargement, even those a few px across', () => {
    for (const iso of ['KNA', 'ATG', 'DMA', 'LCA', 'VCT', 'GRD', 'BRB']) {
      const rings = ringsOf(map.inset.shapes.find((s) => s.key === iso)?.d ?? '');
      expect(rings.length, iso).toBeGreaterThanOrEqual(1);
      // At least a triangle: three distinct points on the panel's grid.
      expect(Math.max(...rings.map((r) => new Set(r.map(String)).size)), iso).toBeGreaterThanOrEqual(3);
    }
  });

  it('fits the overview projection inside its viewBox', () => {
    const { width, height } = map.overview;
    for (const shape of map.overview.shapes) {
      for (const [x, y] of pointsOf(shape.d)) {
        expect(x, shape.name).toBeGreaterThanOrEqual(0);
        expect(y, shape.name).toBeGreaterThanOrEqual(0);
        expect(x, shape.name).toBeLessThanOrEqual(width);
        expect(y, shape.name).toBeLessThanOrEqual(height);
      }
    }
  });

  it('clips the enlargement to its frame, under one transform', () => {
    const toPanel = transformOf(map.inset.transform);
    // The viewBox is the map; the callout and the phone key lie outside it.
    const mapWidth = map.inset.width;
    for (const shape of map.inset.shapes) {
      for (const p of pointsOf(shape.d)) {
        const [x, y] = toPanel(p);
        expect(x, shape.name).toBeGreaterThanOrEqual(-0.5);
        expect(y, shape.name).toBeGreaterThanOrEqual(-0.5);
        expect(x, shape.name).toBeLessThanOrEqual(mapWidth + 0.5);
        expect(y, shape.name).toBeLessThanOrEqual(map.inset.height + 0.5);
      }
    }
    // Colombia and Brazil run past the frame's south edge, Mexico past its west: each is cut
    // there and closed along the edge, so points lie on it.
    const { x: fx, y: fy, height: fh } = map.overview.frame;
    const onEdge = (key: string, edge: 'south' | 'west'): number =>
      pointsOf(map.inset.shapes.find((s) => s.key === key)?.d ?? '').filter(
        ([x, y]) => (edge === 'south' ? Math.abs(y - (fy + fh)) : Math.abs(x - fx)) < 0.06,
      ).length;
    expect(onEdge('COL', 'south')).toBeGreaterThanOrEqual(2);
    expect(onEdge('BRA', 'south')).toBeGreaterThanOrEqual(2);
    expect(onEdge('MEX', 'west')).toBeGreaterThanOrEqual(2);
  });

  it('keeps only the American parts of France (French Guiana, Guadeloupe, Martinique) and no Hawaii', () => {
    const france = map.overview.shapes.find((s) => s.key === '250');
    expect(france?.d.split('M').filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(france?.name).toMatch(/French Guiana/);
    const usa = pointsOf(map.overview.shapes.find((s) => s.key === 'USA')?.d ?? '');
    // Hawaii would sit far south-west of Alaska and California: nothing below California's latitude in the west.
    const west = usa.filter(([x]) => x < map.overview.width * 0.2);
    expect(Math.max(...west.map(([, y]) => y))).toBeLessThan(map.overview.height * 0.45);
  });

  it('draws and labels the territories that are not states of either organisation', () => {
    const keys = new Set(map.overview.shapes.filter((s) => s.kind === 'territory').map((s) => s.key));
    for (const id of ['304', '250', '630', '238']) expect(keys, id).toContain(id);
    const labels = [...map.overview.labels, ...map.inset.labels].map((l) => l.lines.join(' '));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Greenland (Denmark)',
        'French Guiana (France)',
        'Puerto Rico (US)',
        'Falklands/Malvinas (UK; claimed by Argentina)',
      ]),
    );
    expect(territories.find((t) => t.id === '238')?.note).toMatch(/claimed by Argentina/);
  });

  it('stops the build when a territory’s label and its place drift apart', () => {
    const entries = territoryEntries();
    const unplaced = [...entries, { id: '999', locale: 'en' as const, name: 'Nowhere Island', note: 'a test fixture', label: 'Nowhere' }];
    expect(() => placeTerritoryLabels(unplaced)).toThrow(/territory 999 \(Nowhere Island\) has a label but .* gives it no place/);
    const unlabelled = entries.map(({ label: _label, ...t }) => t);
    expect(() => placeTerritoryLabels(unlabelled)).toThrow(new RegExp(`places a label for territory ${Object.keys(LABEL_PLACES)[0]}`));
  });

  it('gives every state a target at least 24 × 24 px at the reference width', () => {
    expect(Object.keys(map.targets).sort()).toEqual(states.map((s) => s.iso3).sort());
    for (const [iso3, target] of Object.entries(map.targets)) {
      if (target.marker) {
        expect(2 * target.marker.r, iso3).toBeGreaterThanOrEqual(TARGET.minSize);
      } else {
        const e = map[target.panel === 'overview' ? 'overview' : 'inset'];
        const extent = pointsOf(e.shapes.find((s) => s.key === iso3)?.d ?? '').map(transformOf(e.transform));
        const xs = extent.map(([x]) => x);
        const ys = extent.map(([, y]) => y);
        expect(Math.max(...xs) - Math.min(...xs), iso3).toBeGreaterThanOrEqual(TARGET.minSize);
        expect(Math.max(...ys) - Math.min(...ys), iso3).toBeGreaterThanOrEqual(TARGET.minSize);
      }
    }
  });

  it('gives every state a target at least 24 × 24 px on a 360 px phone (328 px figure)', () => {
    const pxPerUnit = { overview: COMPACT.referenceWidth / map.overview.width, inset: COMPACT.referenceWidth / INSET.width };
    for (const [iso3, target] of Object.entries(map.targets)) {
      const scale = pxPerUnit[target.panel];
      if (target.compact) {
        const m = target.compact;
        const [w, h] = m.hit ? [m.hit.width, m.hit.height] : [2 * m.r, 2 * m.r];
        expect(Math.min(w, h) * scale, iso3).toBeGreaterThanOrEqual(TARGET.minSize);
      } else {
        const e = map[target.panel];
        const points = pointsOf(e.shapes.find((s) => s.key === iso3)?.d ?? '').map(transformOf(e.transform));
        const xs = points.map(([x]) => x);
        const ys = points.map(([, y]) => y);
        expect((Math.max(...xs) - Math.min(...xs)) * scale, iso3).toBeGreaterThanOrEqual(TARGET.minSize);
        expect((Math.max(...ys) - Math.min(...ys)) * scale, iso3).toBeGreaterThanOrEqual(TARGET.minSize);
      }
      // Every state with a marker on wide layouts has one on phones too.
      if (target.marker) expect(target.compact, iso3).toBeDefined();
    }
  });

  it('keeps the phone rings apart, and labels each beside its ring, clear of rings and of each other, inside the panel', () => {
    for (const panel of ['overview', 'inset'] as const) {
      const rings = Object.values(map.targets)
        .filter((t) => t.panel === panel && t.compact && !t.compact.label)
        .map((t) => t.compact as NonNullable<typeof t.compact>);
      rings.forEach((a, i) =>
        rings
          .slice(i + 1)
          .forEach((b) => expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r + COMPACT.ringGap - 0.2)),
      );
      const size = panel === 'inset' ? COMPACT.insetLabel : COMPACT.overviewLabel;
      const labels = map[panel].compactLabels;
      expect(labels).toHaveLength(rings.length);
      const boxes = labels.map((l) => labelBox(l, size));
      const width = panel === 'inset' ? INSET.width : map.overview.width;
      boxes.forEach((b, i) => {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        for (const other of boxes.slice(i + 1))
          expect(
            b.x + b.width <= other.x || other.x + other.width <= b.x || b.y + b.height <= other.y || other.y + other.height <= b.y,
            labels[i]?.lines.join(' '),
          ).toBe(true);
        for (const r of rings) {
          const nearestX = Math.max(b.x, Math.min(r.cx, b.x + b.width));
          const nearestY = Math.max(b.y, Math.min(r.cy, b.y + b.height));
          expect(Math.hypot(nearestX - r.cx, nearestY - r.cy), labels[i]?.lines.join(' ')).toBeGreaterThanOrEqual(r.r - 0.5);
        }
      });
    }
    expect(map.inset.compactLabels.map((l) => l.lines.join(' '))).toEqual(
      expect.arrayContaining(['Jamaica', 'Haiti', 'Belize', 'El Salvador']),
    );
  });

  it('lays the Eastern Caribbean out as a key under the enlargement on phones, in the callout’s order, inside the element the CSS sizes', () => {
    const key = map.inset.compactKey;
    expect(key?.keys).toEqual(map.inset.callout?.keys);
    expect(key?.y).toBeGreaterThan(map.inset.height);
    for (const iso of key?.keys ?? []) {
      const m = map.targets[iso]?.compact;
      expect(m?.label?.lines.join(' '), iso).toBe(states.find((s) => s.iso3 === iso)?.name);
      expect((m?.hit?.y ?? 0) + (m?.hit?.height ?? 0)).toBeLessThanOrEqual((key?.y ?? 0) + (key?.height ?? 0));
    }
    // The element's aspect ratios in membershipMap.css: the map and the callout (wide), the map and the key (phones).
    const css = readFileSync('src/styles/membershipMap.css', 'utf8');
    const ratios = [...css.matchAll(/\.mm-map--inset\s*\{\s*aspect-ratio:\s*(\d+)\s*\/\s*(\d+);\s*\}/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(ratios).toEqual([
      [map.inset.width + (map.inset.callout?.width ?? 0), map.inset.height],
      [map.inset.width, Math.ceil((key?.y ?? 0) + (key?.height ?? 0) + 4)],
    ]);
    // Present mode spells out the wide ratio in a width.
    expect(css).toContain(`width: calc(30vw * ${map.inset.width + (map.inset.callout?.width ?? 0)} / ${map.inset.height});`);
  });

  it('puts the Lesser Antilles in the Eastern Caribbean callout, north to south, markers apart', () => {
    expect(map.inset.callout?.keys).toEqual(['KNA', 'ATG', 'DMA', 'LCA', 'BRB', 'VCT', 'GRD', 'TTO']);
    const ys = (map.inset.callout?.keys ?? []).map((k) => map.targets[k]?.marker?.cy ?? 0);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(2 * TARGET.markerRadius));
  });

  it('keeps the drawing small: no more path data than the hand-written pipeline wrote (21.2 K characters)', () => {
    // Bytes, not milliseconds: the build logs the step's time (geometryMilliseconds), CI asserts only what is deterministic.
    const chars = [...map.overview.shapes, ...map.inset.shapes].reduce((n, s) => n + s.d.length, 0);
    expect(chars).toBeLessThanOrEqual(21_000);
    expect(geometryMilliseconds).toBeGreaterThan(0);
  });
});
