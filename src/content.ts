/**
 * The one module that queries content collections: every getCollection call, sort and
 * filter lives here, so pages and components receive plain, ordered data.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { countWords, proseText, readingMinutes } from './lib/readingTime';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** A chapter with what every page needs to list or link it. */
export interface ChapterSummary {
  entry: ChapterEntry;
  slug: string;
  href: string;
  /** 1-based position in reading order (not the raw `order`, which may have gaps). */
  number: number;
  minutes: number;
  words: number;
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}

/** All published chapters in reading order. */
export async function getChapters(): Promise<ChapterSummary[]> {
  const entries = await getCollection('chapters');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry, i) => ({
      entry,
      slug: entry.id,
      href: chapterHref(entry.id),
      number: i + 1,
      minutes: readingMinutes(entry.body ?? ''),
      words: countWords(proseText(entry.body ?? '')),
    }));
}

/** The chapters that discuss a given anchor year, in reading order. */
export async function getChaptersForYear(year: number): Promise<ChapterSummary[]> {
  return (await getChapters()).filter((c) => (c.entry.data.years as number[]).includes(year));
}

export async function getGlossary(): Promise<CollectionEntry<'glossary'>[]> {
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
}

/** One glossary entry; an unknown name fails the build with the name in the message. */
export async function getGlossaryEntry(name: string): Promise<CollectionEntry<'glossary'>> {
  const entry = await getEntry('glossary', name);
  if (!entry) throw new Error(`<Term name="${name}">: no entry with id "${name}" in content/glossary.yaml`);
  return entry;
}

// --- timeline (issue 3): event queries go here ---

// --- membership (issue 4): membership queries go here ---
