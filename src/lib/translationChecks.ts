/**
 * The checks that hold a translation to its original, which no single file can make: every
 * chapter has its twin in each language, with the same footnotes, the same boxes (and
 * since-then dates), the same order and years; every timeline event, glossary entry, map
 * state and territory has its words in each language. Each problem names the file to fix.
 * Pure; the loaders (src/loaders/) run these at `astro sync`, so the build stops early.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';

/** One chapter file as the loader read it. */
export interface ChapterFile {
  file: string;
  locale: Locale;
  /** Its file name without .mdx. */
  slug: string;
  /** The default language's chapter it translates (the default language's own: unset). */
  translationOf?: string | undefined;
  order: number;
  years: readonly number[];
  body: string;
}

/** What must match between a chapter and its translation. */
export interface ChapterStructure {
  footnotes: string[];
  factChecks: number;
  backgrounds: number;
  sinceDates: string[];
}

const strip = (body: string) => body.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '');

export function chapterStructure(body: string): ChapterStructure {
  const text = strip(body);
  return {
    footnotes: [...new Set([...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1] ?? ''))].sort(),
    factChecks: [...text.matchAll(/<FactCheck\b/g)].length,
    backgrounds: [...text.matchAll(/<Background\b/g)].length,
    sinceDates: [...text.matchAll(/<SinceThen\b[^>]*?\bdate=(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? ''),
  };
}

const list = (xs: readonly unknown[]) => (xs.length ? xs.join(', ') : 'none');

/** How a translation's structure differs from its original's, one message per difference. */
export function structureProblems(original: ChapterFile, translation: ChapterFile): string[] {
  const [a, b] = [chapterStructure(original.body), chapterStructure(translation.body)];
  const at = `${translation.file} (translation of ${original.file})`;
  const out: string[] = [];
  const missing = a.footnotes.filter((id) => !b.footnotes.includes(id));
  const extra = b.footnotes.filter((id) => !a.footnotes.includes(id));
  if (missing.length || extra.length)
    out.push(
      `${at}: footnote ids differ from the original's; missing [^${missing.join('], [^') || '-'}], extra [^${extra.join('], [^') || '-'}]`,
    );
  if (a.factChecks !== b.factChecks) out.push(`${at}: has ${b.factChecks} <FactCheck> boxes, the original ${a.factChecks}`);
  if (a.backgrounds !== b.backgrounds) out.push(`${at}: has ${b.backgrounds} <Background> boxes, the original ${a.backgrounds}`);
  if (a.sinceDates.join() !== b.sinceDates.join())
    out.push(`${at}: its <SinceThen> dates are ${list(b.sinceDates)}; the original's, in order, are ${list(a.sinceDates)}`);
  if (original.order !== translation.order)
    out.push(`${at}: frontmatter field "order" is ${translation.order}, the original's ${original.order}`);
  if (original.years.join() !== translation.years.join())
    out.push(`${at}: frontmatter field "years" is [${translation.years.join(', ')}], the original's [${original.years.join(', ')}]`);
  return out;
}

/**
 * Every problem of the chapters' translations: for each language in `locales` (the default
 * one excluded), each chapter names an original that exists, no two claim one original, every
 * original has its translation (in `dirs[locale]`), and each pair has the same structure.
 */
export function chapterTranslationProblems(
  chapters: readonly ChapterFile[],
  locales: readonly Locale[],
  dirs: Partial<Record<Locale, string>>,
): string[] {
  const originals = chapters.filter((c) => c.locale === DEFAULT_LOCALE);
  const bySlug = new Map(originals.map((c) => [c.slug, c]));
  const out: string[] = [];
  for (const locale of locales.filter((l) => l !== DEFAULT_LOCALE)) {
    const claimed = new Map<string, ChapterFile>();
    for (const c of chapters.filter((x) => x.locale === locale).sort((a, b) => a.file.localeCompare(b.file))) {
      if (!c.translationOf) {
        out.push(`${c.file}: frontmatter field "translationOf" is missing; name the chapter it translates (${list([...bySlug.keys()])})`);
        continue;
      }
      const original = bySlug.get(c.translationOf);
      if (!original) {
        out.push(
          `${c.file}: frontmatter field "translationOf" names "${c.translationOf}", which is no chapter (${list([...bySlug.keys()])})`,
        );
        continue;
      }
      const first = claimed.get(c.translationOf);
      if (first) {
        out.push(`${c.file}: frontmatter field "translationOf" names "${c.translationOf}", which ${first.file} already translates`);
        continue;
      }
      claimed.set(c.translationOf, c);
      out.push(...structureProblems(original, c));
    }
    for (const o of originals)
      if (!claimed.has(o.slug))
        out.push(`${o.file}: has no ${locale} translation; add ${dirs[locale] ?? locale}/<slug>.mdx with "translationOf: ${o.slug}"`);
  }
  return out;
}

/** An entry of a words file (glossary, timeline, map names), by the id it shares with the original. */
export interface WordsEntry {
  id: string;
}

/**
 * Ids that differ between an original's entries and a translation's: each original id needs
 * exactly one translated entry, and each translated entry an original.
 */
export function idParityProblems(
  file: string,
  what: string,
  originalFile: string,
  originalIds: readonly string[],
  ids: readonly string[],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) out.push(`${file}: ${what} "${id}" appears twice`);
    seen.add(id);
    if (!originalIds.includes(id)) out.push(`${file}: ${what} "${id}" is not in ${originalFile}`);
  }
  for (const id of originalIds) if (!seen.has(id)) out.push(`${file}: ${what} "${id}" of ${originalFile} has no entry here`);
  return out;
}

/** The optional fields a translated entry must have exactly when its original has them. */
export function fieldParityProblems(
  file: string,
  what: string,
  pairs: readonly { id: string; original: Record<string, unknown>; translation: Record<string, unknown> }[],
  fields: readonly string[],
): string[] {
  const has = (o: Record<string, unknown>, f: string) => typeof o[f] === 'string' && o[f].trim() !== '';
  return pairs.flatMap(({ id, original, translation }) =>
    fields.flatMap((f) =>
      has(original, f) === has(translation, f)
        ? []
        : [
            `${file}: ${what} "${id}" field "${f}" ${has(original, f) ? 'is missing (the original has one)' : 'has no original to translate'}`,
          ],
    ),
  );
}
