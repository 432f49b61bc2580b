import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { dateKey } from '../lib/membershipVocabulary';
import { lessonCoverageProblems, lessonDataProblems, lessonParityProblems, type RawLesson } from '../lib/teachingChecks';
import { localizedYaml, originalOf, type LocalePaths } from './localized';

/**
 * The teachers' lessons of every language (content/teaching.yaml, content/<locale>/teaching.yaml),
 * keyed by the English chapter's slug, checked at `astro sync` against the chapters each
 * language has (read from their files, since the chapters collection may load after this one),
 * the events and the membership history (lib/teachingChecks.ts).
 */

/** The English slugs of a language's chapters: file names in English, `translationOf` in a translation. Drafts (`_…`) are left out. */
function chapterKeys(dir: string, locale: Locale): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.split('/').some((part) => part.startsWith('_')))
    .map((f) => {
      const slug =
        f
          .replace(/\.mdx$/, '')
          .split('/')
          .pop() ?? f;
      if (locale === DEFAULT_LOCALE) return slug;
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const data = parse(front) as { translationOf?: unknown } | null;
      return typeof data?.translationOf === 'string' ? data.translationOf : slug;
    });
}

function readList(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  try {
    const items = parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  } catch {
    return [];
  }
}

const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export function teachingLoader(files: LocalePaths, chapterDirs: LocalePaths, eventsFile: string, statesFile: string): Loader {
  return localizedYaml(files, {
    idOf: (i) => String(i['chapter']),
    check: (lists) => {
      const events = readList(eventsFile);
      const eventIds = new Set(events.map((e) => String(e['id'])));
      const mapDays = new Set([
        ...events.map((e) => day(e['date'])),
        ...readList(statesFile).flatMap((s) =>
          (['celac', 'oas'] as const).flatMap((org) =>
            ((s[org] as Record<string, unknown>[] | undefined) ?? []).map((c) => dateKey(day(c['date']))),
          ),
        ),
      ]);
      const original = originalOf(lists);
      return lists.flatMap((l) => {
        // A translation's lessons follow the English chapters. Whether the translation's own
        // chapters match those is the chapters loader's check, with the message that names the
        // real fault; checking lessons against them too raced it and reported a lesson instead.
        const keysLocale = l.locale === DEFAULT_LOCALE || !original ? l.locale : DEFAULT_LOCALE;
        const dir = chapterDirs[keysLocale] ?? '';
        const lessons = { file: l.file, items: l.items as RawLesson[] };
        return [
          ...lessonCoverageProblems({ ...lessons, chapters: chapterKeys(dir, keysLocale), chaptersDir: dir.replace(/^\.\//, '') }),
          ...lessonDataProblems(lessons, {
            eventIds,
            mapDays,
            eventsFile: eventsFile.replace(/^\.\//, ''),
            statesFile: statesFile.replace(/^\.\//, ''),
          }),
          ...(original && original !== l ? lessonParityProblems({ file: original.file, items: original.items }, lessons) : []),
        ];
      });
    },
  });
}
