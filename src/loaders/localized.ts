import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { entryId, splitEntryId } from '../lib/contentLocales';

/**
 * One collection holding every language: each language's files are loaded by their own inner
 * loader into the same store, the default language under its plain ids and any other under
 * "<locale>/<id>" (lib/contentLocales.ts), with `locale` added to each entry's data before the
 * schema checks it. Each inner loader sees only its own language's entries (a scoped view of
 * the store), so one language's reload never deletes another's.
 */
function scoped(context: LoaderContext, locale: Locale): LoaderContext {
  const mine = (id: string) => splitEntryId(id).locale === locale;
  const store = context.store;
  const view: LoaderContext['store'] = {
    ...store,
    get: (key) => (mine(key) ? store.get(key) : undefined),
    has: (key) => mine(key) && store.has(key),
    set: (entry) => store.set(entry),
    delete: (key) => store.delete(key),
    keys: () => store.keys().filter(mine),
    values: () => store.values().filter((e) => mine(e.id)),
    entries: () => store.entries().filter(([id]) => mine(id)),
    clear: () =>
      store
        .keys()
        .filter(mine)
        .forEach((k) => store.delete(k)),
    addModuleImport: (f) => store.addModuleImport(f),
  };
  return {
    ...context,
    store: view,
    parseData: (props) => context.parseData({ ...props, data: { ...props.data, locale } }),
  };
}

/** Where each language's files are (a folder for MDX, a file for YAML); a language left out has none. */
export type LocalePaths = Partial<Record<Locale, string>>;

/** The MDX files of each language's folder, as one collection (chapters, pages' prose). */
export function localizedGlob(pattern: string, bases: LocalePaths): Loader {
  const inner = (Object.entries(bases) as [Locale, string][]).map(([locale, base]) => ({
    locale,
    loader: glob({ pattern, base, generateId: ({ entry }) => entryId(locale, entry.replace(/\.mdx?$/, '')) }),
  }));
  return {
    name: 'localized-glob',
    load: async (context) => {
      for (const { locale, loader } of inner) await loader.load(scoped(context, locale));
    },
  };
}

/** A YAML list file read for one language. */
export interface LoadedList {
  locale: Locale;
  /** The file, relative to the project ("content/es/timeline.yaml"), as messages name it. */
  file: string;
  items: Record<string, unknown>[];
}

/**
 * Each language's YAML list (glossary, timeline words, map names) as one collection: entry ids
 * from `idOf`, prefixed per language. `check` sees every language's list after loading and
 * returns the problems that stop the sync (missing or extra ids against the original).
 */
export function localizedYaml(
  files: LocalePaths,
  options: { idOf: (item: Record<string, unknown>) => string; check?: (lists: LoadedList[]) => string[] },
): Loader {
  return {
    name: 'localized-yaml',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const lists: LoadedList[] = [];
      context.store.clear();
      for (const [locale, path] of Object.entries(files) as [Locale, string][]) {
        const abs = fileURLToPath(new URL(path, context.config.root));
        const file = relative(root, abs);
        if (!existsSync(abs)) throw new Error(`${file}: missing (the ${locale} edition needs it; see content/WRITERS-BRIEF.md)`);
        context.watcher?.add(abs);
        const items = parse(readFileSync(abs, 'utf8')) as unknown;
        if (!Array.isArray(items)) throw new Error(`${file}: expected a YAML list of entries`);
        const list = items.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null);
        lists.push({ locale, file, items: list });
        for (const item of list) {
          const id = entryId(locale, options.idOf(item));
          if (context.store.has(id)) throw new Error(`${file}: "${options.idOf(item)}" appears twice`);
          const data = await context.parseData({ id, data: { ...item, locale }, filePath: abs });
          context.store.set({ id, data, filePath: file });
        }
      }
      const problems = options.check?.(lists) ?? [];
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}

/** The default language first: its list is the original the others are checked against. */
export const originalOf = (lists: LoadedList[]): LoadedList | undefined => lists.find((l) => l.locale === DEFAULT_LOCALE);
