import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { americasMap, geometryMilliseconds } from '../../src/lib/geo/americasMap';
import { LABEL_PLACES, placeTerritoryLabels } from '../../src/lib/geo/territoryLabels';
import { membershipStates, territoryEntries } from '../support/contentData';
import { COMPACT, INSET, TARGET } from '../../src/lib/geo/mapProjections';
import { labelBox } from '../../src/lib/geo/markerLabels';
import { ringsToPath } from '../../src/lib/geo/roundPath';
import { ringArea, simplifyLine } from '../../src/lib/geo/simplifyLine';
import { wrapLabel } from '../../src/lib/geo/stateTargets';

const states = membershipStates();
const territories = placeTerritoryLabels(territoryEntries());
const map = americasMap(states, territories);

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

  it('wraps long labels onto two lines, or as many as asked, the last taking the rest', () => {
    expect(wrapLabel('Saint Vincent and the Grenadines', 14)).toEqual(['Saint Vincent', 'and the Grenadines']);
    expect(wrapLabel('Dominica', 14)).toEqual(['Dominica']);
    expect(wrapLabel('Falklands/Malvinas (UK; claimed by Argentina)', 15, 3)).toEqual(['Falklands/Malvinas', '(UK; claimed by', 'Argentina)']);
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
    expect(territories.find((t) => t.id === '238')?.note).toMatch(/claimed by Argentina/);
  });

  it('stops the build when a territory’s label and its place drift apart', () => {
    const entries = territoryEntries();
    const unplaced = [...entries, { id: '999', name: 'Nowhere Island', note: 'a test fixture', label: 'Nowhere' }];
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
      const rings = Object.values(map.targets).filter((t) => t.panel === panel && t.compact && !t.compact.label).map((t) => t.compact as NonNullable<typeof t.compact>);
      rings.forEach((a, i) =>
        rings.slice(i + 1).forEach((b) => expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r + COMPACT.ringGap - 0.2)),
      );
      const size = panel === 'inset' ? COMPACT.insetLabel : COMPACT.overviewLabel;
      const labels = map[panel].compactLabels;
      expect(labels).toHaveLength(rings.length);
      const boxes = labels.map((l) => labelBox(l, size));
      const width = panel === 'inset' ? INSET.width : map.overview.width;
      boxes.forEach((b, i) => {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        for (const other of boxes.slice(i + 1)) expect(b.x + b.width <= other.x || other.x + other.width <= b.x || b.y + b.height <= other.y || other.y + other.height <= b.y, labels[i]?.lines.join(' ')).toBe(true);
        for (const r of rings) {
          const nearestX = Math.max(b.x, Math.min(r.cx, b.x + b.width));
          const nearestY = Math.max(b.y, Math.min(r.cy, b.y + b.height));
          expect(Math.hypot(nearestX - r.cx, nearestY - r.cy), labels[i]?.lines.join(' ')).toBeGreaterThanOrEqual(r.r - 0.5);
        }
      });
    }
    expect(map.inset.compactLabels.map((l) => l.lines.join(' '))).toEqual(expect.arrayContaining(['Jamaica', 'Haiti', 'Belize', 'El Salvador']));
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
    const css = readFileSync('src/islands/map/membershipMap.css', 'utf8');
    const ratios = [...css.matchAll(/\.mm-map--inset \{ aspect-ratio: (\d+) \/ (\d+); \}/g)].map((m) => [Number(m[1]), Number(m[2])]);
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

  it('keeps the drawing small and the step quick', () => {
    const bytes = [...map.overview.shapes, ...map.inset.shapes].reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(80_000);
    expect(geometryMilliseconds).toBeLessThan(3000);
  });
});
