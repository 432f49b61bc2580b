import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { findDuplicateOrders } from '../lib/chapterOrder';

/**
 * The glob loader for chapters, plus the one check a per-file schema cannot make:
 * two chapters claiming the same `order`. Files starting with `_` are drafts.
 */
export function chaptersLoader(base: string): Loader {
  const inner = glob({ pattern: '**/[^_]*.mdx', base });
  return {
    name: 'chapters-loader',
    load: async (context) => {
      await inner.load(context);
      const entries = context.store.values().map((entry) => ({
        file: entry.filePath ?? entry.id,
        order: (entry.data as { order: number }).order,
      }));
      const clash = findDuplicateOrders(entries);
      if (clash) throw new Error(clash);
    },
  };
}
