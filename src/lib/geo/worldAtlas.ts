/**
 * Natural Earth admin-0 countries at 1:50m, as TopoJSON from the world-atlas package (2.0.2).
 * 1:50m, not 1:110m: the 110m file lacks seven member states (Antigua and Barbuda, Barbados,
 * Dominica, Grenada, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines;
 * ../shared/reference/events.md §3). Build time only: nothing here reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The package file read; named in build errors. */
export const ATLAS_FILE = 'world-atlas/countries-50m.json';

/** A country's properties in the atlas: only its (abbreviated) Natural Earth name. */
export interface AtlasProperties {
  name: string;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<AtlasProperties>; land: GeometryCollection }>;

let cached: CountriesTopology | undefined;

/** The parsed atlas, read once per build. Feature ids are ISO numeric codes as strings ("028"). */
export function readAtlas(): CountriesTopology {
  cached ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve(ATLAS_FILE), 'utf8')) as CountriesTopology;
  return cached;
}

/** Every shape id in the atlas. */
export function atlasIds(): Set<string> {
  return new Set(readAtlas().objects.countries.geometries.map((g) => String(g.id)));
}
