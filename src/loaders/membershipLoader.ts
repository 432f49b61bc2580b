import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { membershipProblems, type StateCodes } from '../lib/membershipChecks';
import { atlasIds } from '../lib/geo/worldAtlas';

/**
 * The file loader for content/membership/states.yaml, plus the checks a per-entry schema
 * cannot make (lib/membershipChecks.ts: unique codes, a shape for every code), so a bad code
 * stops `astro sync` and the build with the file, state and field named. Each state's
 * ISO alpha-3 code is its entry id: writers do not repeat it as `id`.
 */
export function membershipLoader(path: string): Loader {
  const inner = file(path, {
    parser: (text) => (parse(text) as unknown[]).map((raw) => ({ id: String((raw as { iso3?: unknown }).iso3), ...(raw as object) })),
  });
  return {
    name: 'membership-loader',
    load: async (context) => {
      await inner.load(context);
      const states = [...context.store.values()].map((entry) => entry.data as unknown as StateCodes);
      const where = context.store.values()[0]?.filePath ?? path;
      const problems = membershipProblems(where, states, atlasIds());
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
