import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fieldParityProblems, idParityProblems } from '../lib/translationChecks';
import { localizedYaml, originalOf, type LoadedList, type LocalePaths } from './localized';

/**
 * Loaders for the YAML lists that have words in each language, each holding every
 * translation's ids to the original's at `astro sync` (lib/translationChecks.ts), so a missing
 * or stray entry stops the build naming the file and the id.
 */

const ids = (list: LoadedList, key: string) => list.items.map((i) => String(i[key]));

/** Lists that carry every language, the default one included (glossary, territories): ids must match it. */
function sameIds(what: string, key: string) {
  return (lists: LoadedList[]): string[] => {
    const original = originalOf(lists);
    if (!original) return [];
    return lists
      .filter((l) => l !== original)
      .flatMap((l) => idParityProblems(l.file, what, original.file, ids(original, key), ids(l, key)));
  };
}

/** content/glossary.yaml and each content/<locale>/glossary.yaml. */
export function glossaryLoader(files: LocalePaths): Loader {
  return localizedYaml(files, { idOf: (i) => String(i['id']), check: sameIds('glossary id', 'id') });
}

/** content/membership/territories.yaml and each content/<locale>/territories.yaml. */
export function territoriesLoader(files: LocalePaths): Loader {
  return localizedYaml(files, { idOf: (i) => String(i['id']), check: sameIds('territory id', 'id') });
}

/** The original list (events.yaml, states.yaml) as raw YAML, or null when it is unreadable (its own collection reports that). */
function readOriginal(path: string): Record<string, unknown>[] | null {
  if (!existsSync(path)) return null;
  try {
    const items = parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(items) ? (items as Record<string, unknown>[]) : null;
  } catch {
    return null;
  }
}

/** Each content/<locale>/timeline.yaml: one entry per event of `eventsFile`, with a note or fact check exactly where it has one. */
export function eventWordsLoader(files: LocalePaths, eventsFile: string): Loader {
  return localizedYaml(files, {
    idOf: (i) => String(i['id']),
    check: (lists) => {
      const original = readOriginal(eventsFile);
      if (!original) return [];
      const byId = new Map(original.map((e) => [String(e['id']), e]));
      return lists.flatMap((l) => [
        ...idParityProblems(l.file, 'event', eventsFile, [...byId.keys()], ids(l, 'id')),
        ...fieldParityProblems(
          l.file,
          'event',
          l.items.flatMap((t) => {
            const o = byId.get(String(t['id']));
            return o ? [{ id: String(t['id']), original: o, translation: t }] : [];
          }),
          ['note', 'factCheck'],
        ),
      ]);
    },
  });
}

/** The '<org>:<date>' keys of a state's changes that carry a note (content/<locale>/membership.yaml keys its notes so). */
export function noteKeys(state: Record<string, unknown>): string[] {
  return (['celac', 'oas'] as const).flatMap((org) =>
    ((state[org] as Record<string, unknown>[] | undefined) ?? [])
      .filter((c) => typeof c['note'] === 'string')
      .map((c) => `${org}:${c['date'] instanceof Date ? c['date'].toISOString().slice(0, 10) : String(c['date'])}`),
  );
}

/** Each content/<locale>/membership.yaml: a name for every state of `statesFile`, and a note for each of its noted changes. */
export function stateWordsLoader(files: LocalePaths, statesFile: string): Loader {
  return localizedYaml(files, {
    idOf: (i) => String(i['iso3']),
    check: (lists) => {
      const original = readOriginal(statesFile);
      if (!original) return [];
      const byCode = new Map(original.map((s) => [String(s['iso3']), s]));
      return lists.flatMap((l) => [
        ...idParityProblems(l.file, 'state', statesFile, [...byCode.keys()], ids(l, 'iso3')),
        ...l.items.flatMap((t) => {
          const o = byCode.get(String(t['iso3']));
          if (!o) return [];
          const want = noteKeys(o);
          const have = Object.keys((t['notes'] as Record<string, unknown> | undefined) ?? {});
          return [
            ...want
              .filter((k) => !have.includes(k))
              .map((k) => `${l.file}: state "${String(t['iso3'])}" has no note for '${k}' (${statesFile} has one)`),
            ...have
              .filter((k) => !want.includes(k))
              .map((k) => `${l.file}: state "${String(t['iso3'])}" note '${k}' matches no noted change in ${statesFile}`),
          ];
        }),
      ]);
    },
  });
}
