/**
 * The one module that queries content collections: every getCollection call, sort and
 * filter lives here, so pages and components receive plain, ordered data.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { countWords, proseText, readingMinutes } from './lib/readingTime';
import { eventInstant } from './lib/eventDate';
import { timelineProblems } from './lib/timelineChecks';
import type { TimelineEvent } from './schemas/timelineEvent';
import type { MembershipState } from './schemas/membership';

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

/** An event with the chapters that discuss it resolved (in reading order). */
export interface TimelineEntry {
  event: TimelineEvent;
  chapters: ChapterSummary[];
}

const EVENTS_FILE = 'content/timeline/events.yaml';

/**
 * Every timeline event, in date order. Fails the build, naming the file, the event and the
 * field, when an event names a chapter that does not exist or an anchor year lacks exactly one
 * main event (see lib/timelineChecks.ts).
 */
export async function getEvents(): Promise<TimelineEntry[]> {
  const [entries, chapters] = await Promise.all([getCollection('events'), getChapters()]);
  const file = entries[0]?.filePath ?? EVENTS_FILE;
  if (entries.length === 0) throw new Error(`${EVENTS_FILE}: no events loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`);
  const events = entries.map((e) => e.data);
  const problems = timelineProblems(file, events, chapters.map((c) => c.slug));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  return events
    .sort((a, b) => eventInstant(a.date) - eventInstant(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({
      event,
      chapters: event.chapters.flatMap((slug) => bySlug.get(slug) ?? []).sort((a, b) => a.number - b.number),
    }));
}

/** The events of some anchor years (all events when `years` is omitted), in date order. */
export async function getEventsForYears(years?: readonly number[]): Promise<TimelineEntry[]> {
  const all = await getEvents();
  return years ? all.filter((e) => years.includes(e.event.anchor)) : all;
}

// --- membership (issue 4): membership queries go here ---

const STATES_FILE = 'content/membership/states.yaml';

/**
 * The 35 states with their CELAC and OAS histories, by name. Codes without a map shape and
 * repeated codes have already stopped the build in the loader (lib/membershipLoader.ts).
 */
export async function getMembershipStates(): Promise<MembershipState[]> {
  const entries = await getCollection('states');
  if (entries.length === 0) throw new Error(`${STATES_FILE}: no states loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`);
  return entries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
