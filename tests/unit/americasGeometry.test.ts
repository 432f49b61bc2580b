import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { membershipStateSchema } from '../../src/schemas/membership';
import { americasMap, geometryMilliseconds } from '../../src/lib/geo/americasMap';
import { AMERICAS_TERRITORIES } from '../../src/lib/geo/americasTerritories';
import { TARGET } from '../../src/lib/geo/mapProjections';
import { ringsToPath } from '../../src/lib/geo/roundPath';
import { ringArea, simplifyLine } from '../../src/lib/geo/simplifyLine';
import { wrapLabel } from '../../src/lib/geo/stateTargets';

const states = (parse(readFileSync('content/membership/states.yaml', 'utf8')) as unknown[]).map((s) => membershipStateSchema.parse(s));
const map = americasMap(states);

/** Absolute points of a path written by ringsToPath (M x y, then relative l moves, z). */
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
  return points;
}
/** "matrix(k 0 0 k tx ty)" applied to a point. */
function transformOf(transform: string | undefined): (p: [number, number]) => [number, number] {
  const [k = 1, , , , tx = 0, ty = 0] = transform?.match(/-?[\d.]+/g)?.map(Number) ?? [];
  return ([x, y]) => [k * x + tx, k * y + ty];
}

describe('path writing and simplification', () => {
  it('writes rings as one absolute move and relative lines, rounded to the grid step', () => {
    expect(ringsToPath([[[0.4, 0.4], [10.2, 0], [10, 10.6], [0, 10]]], 1)).toBe('M0 0l10 0 0 11-10-1z');
    expect(ringsToPath([[[0, 0], [1.04, 0], [1, 1.26]]], 0.1)).toBe('M0 0l1 0 0 1.3z');
  });

  it('drops points that round together, and rings that collapse', () => {
    expect(ringsToPath([[[0, 0], [0.2, 0.1], [0.3, 0.2]]], 1)).toBe('');
  });

  it('keeps the ends of a line and drops points within the tolerance', () => {
    expect(simplifyLine([[0, 0], [1, 0.1], [2, -0.1], [3, 0]], 0.5)).toEqual([[0, 0], [3, 0]]);
    expect(simplifyLine([[0, 0], [1, 2], [2, 0]], 0.5)).toEqual([[0, 0], [1, 2], [2, 0]]);
    expect(Math.abs(ringArea([[0, 0], [2, 0], [2, 2], [0, 2]]))).toBe(4);
  });

  it('wraps long labels onto two lines', () => {
    expect(wrapLabel('Saint Vincent and the Grenadines', 14)).toEqual(['Saint Vincent', 'and the Grenadines']);
    expect(wrapLabel('Dominica', 14)).toEqual(['Dominica']);
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
    const mapWidth = map.inset.width - (map.inset.callout?.width ?? 0);
    for (const shape of map.inset.shapes) {
      for (const p of pointsOf(shape.d)) {
        const [x, y] = toPanel(p);
        expect(x, shape.name).toBeGreaterThanOrEqual(-0.5);
        expect(y, shape.name).toBeGreaterThanOrEqual(-0.5);
        expect(x, shape.name).toBeLessThanOrEqual(mapWidth + 0.5);
        expect(y, shape.name).toBeLessThanOrEqual(map.inset.height + 0.5);
      }
    }
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
    expect(labels).toEqual(expect.arrayContaining(['Greenland (Denmark)', 'French Guiana (France)', 'Puerto Rico (US)', 'Falklands/Malvinas (UK; claimed by Argentina)']));
    expect(AMERICAS_TERRITORIES.find((t) => t.id === '238')?.note).toMatch(/claimed by Argentina/);
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

  it('puts the Lesser Antilles in the Eastern Caribbean callout, north to south, markers apart', () => {
    expect(map.inset.callout?.keys).toEqual(['KNA', 'ATG', 'DMA', 'LCA', 'BRB', 'VCT', 'GRD', 'TTO']);
    const ys = (map.inset.callout?.keys ?? []).map((k) => map.targets[k]?.marker?.cy ?? 0);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(2 * TARGET.markerRadius));
  });

  it('keeps the drawing small and the step quick', () => {
    const bytes = [...map.overview.shapes, ...map.inset.shapes].reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(80_000);
    expect(geometryMilliseconds).toBeLessThan(3000);
  });
});
