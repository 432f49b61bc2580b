import type { Loader } from 'astro/loaders';
import { findDuplicateOrders } from '../lib/chapterOrder';
import { LOCALES, type Locale } from '../lib/locales';
import { splitEntryId } from '../lib/contentLocales';
import { chapterTranslationProblems, type ChapterFile } from '../lib/translationChecks';
import { localizedGlob, type LocalePaths } from './localized';

/**
 * The chapters of every language, as one collection (lib/contentLocales.ts: "nobodys-lackey",
 * "es/lacayo-de-nadie"), plus the checks a per-file schema cannot make: two chapters of one
 * language claiming the same `order`, and every translation held to its original
 * (lib/translationChecks.ts: a twin for each chapter, same footnotes, boxes, order and years).
 * Files starting with `_` are drafts.
 */
export function chaptersLoader(bases: LocalePaths): Loader {
  const inner = localizedGlob('**/[^_]*.mdx', bases);
  return {
    name: 'chapters-loader',
    load: async (context) => {
      await inner.load(context);
      const files: ChapterFile[] = context.store.values().map((entry) => {
        const data = entry.data as { order: number; years?: number[]; translationOf?: string };
        const { locale, id } = splitEntryId(entry.id);
        return {
          file: entry.filePath ?? entry.id,
          locale,
          slug: id,
          translationOf: data.translationOf,
          order: data.order,
          years: data.years ?? [],
          body: entry.body ?? '',
        };
      });
      const loaded = Object.keys(bases) as Locale[];
      for (const locale of LOCALES.filter((l) => loaded.includes(l))) {
        const clash = findDuplicateOrders(files.filter((f) => f.locale === locale));
        if (clash) throw new Error(clash);
      }
      const problems = chapterTranslationProblems(files, loaded, bases);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
