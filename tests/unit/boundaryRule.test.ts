import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own eslint.config.js, without type information: the fixtures are not files on
// disk, so the TypeScript project cannot hold them (the boundary rule needs no types).
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const RULE = '@typescript-eslint/no-restricted-imports';

// Loading the config and its plugins takes seconds on a busy machine; do it once, up front.
beforeAll(async () => {
  await eslint.lintText('', { filePath: 'src/pages/warm-up.astro' });
}, 60_000);

/** The boundary rule's messages for `code` linted as if it were the file at `filePath`. */
async function boundary(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A parse error would hide every rule: fail on it rather than pass for no reason.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const ISLAND = 'src/islands/map/Fixture.tsx';

describe('an island may not value-import build-time code', () => {
  it.each([
    ['d3-geo', "import { geoPath } from 'd3-geo';\nexport const p = geoPath();"],
    ['topojson-client', "import { feature } from 'topojson-client';\nexport const f = feature;"],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
    ['lib/geo', "import { americasMap } from '../../lib/geo/americasMap';\nexport const m = americasMap;"],
    ['loaders', "import { chaptersLoader } from '../../loaders/chaptersLoader';\nexport const l = chaptersLoader;"],
    ['figures', "import { membershipMapData } from '../../figures/membershipMapData';\nexport const d = membershipMapData;"],
    ['astro:content', "import { getCollection } from 'astro:content';\nexport const g = getCollection;"],
    ['a re-export', "export { americasMap } from '../../lib/geo/americasMap';"],
  ])('reports a value import of %s', async (_, code) => {
    expect(await boundary(code, ISLAND)).toHaveLength(1);
  });

  it('allows type-only imports, inline or whole', async () => {
    const code = [
      "import type { MembershipMapGeometry } from '../../lib/geo/americasMap';",
      "import { type GeoProjection } from 'd3-geo';",
      'export type Both = [MembershipMapGeometry, GeoProjection];',
    ].join('\n');
    expect(await boundary(code, ISLAND)).toEqual([]);
  });

  it('allows what runs in the browser: React, d3-scale, pure lib modules, its own folder', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { scaleLinear } from 'd3-scale';",
      "import { CATEGORIES } from '../../lib/mapCategories';",
      "import { rowFor } from './mapModel';",
      'export const all = [useState, scaleLinear, CATEGORIES, rowFor];',
    ].join('\n');
    expect(await boundary(code, ISLAND)).toEqual([]);
  });

  it('applies to every island folder, not only the map', async () => {
    const code = "import { geoPath } from 'd3-geo';\nexport const p = geoPath;";
    expect(await boundary(code, 'src/islands/timeline/Fixture.tsx')).toHaveLength(1);
    expect(await boundary(code, 'src/lib/geo/fixture.ts')).toEqual([]);
  });
});

describe('pages, components and layouts reach into an island only to mount it', () => {
  const mount = (path: string) => `---\nimport Island from '${path}';\n---\n<Island client:visible />\n`;

  it.each([
    ['a page', 'src/pages/fixture.astro', '../islands/map/mapModel'],
    ['a nested page', 'src/pages/timeline/fixture.astro', '../../islands/timeline/EventTooltip'],
    ['a component', 'src/components/Fixture.astro', '../islands/timeline/timelineModel'],
    ['a layout', 'src/layouts/Fixture.astro', '../islands/map/MapLegend'],
  ])('reports %s importing an island internal', async (_, filePath, path) => {
    expect(await boundary(mount(path), filePath)).toHaveLength(1);
  });

  it('reports a TypeScript page importing an island internal', async () => {
    const code = "import { toStateView } from '../islands/map/mapModel';\nexport const v = toStateView;";
    expect(await boundary(code, 'src/pages/fixture.png.ts')).toHaveLength(1);
  });

  it.each([
    ['the map', 'src/components/Fixture.astro', '../islands/map/MembershipMap'],
    ['the timeline', 'src/components/Fixture.astro', '../islands/timeline/Timeline'],
    ['the map from a page, with its extension', 'src/pages/fixture.astro', '../islands/map/MembershipMap.tsx'],
  ])('allows mounting %s', async (_, filePath, path) => {
    expect(await boundary(mount(path), filePath)).toEqual([]);
  });

  it('does not mistake a longer name for a main component', async () => {
    expect(await boundary(mount('../islands/timeline/TimelineChart'), 'src/components/Fixture.astro')).toHaveLength(1);
  });
});
