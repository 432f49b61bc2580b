/**
 * The one module that queries content collections: every getCollection call, sort and
 * filter lives here, so pages and components receive plain, ordered data.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { countWords, proseText, readingMinutes } from './lib/readingTime';
import { eventInstant } from './lib/eventDate';
import { timelineProblems } from './lib/timelineChecks';
import { eventSections } from './lib/eventSections';
import type { TimelineEvent } from './schemas/timelineEvent';
import type { MembershipState } from './schemas/membership';
import { placeTerritoryLabels, type Territory } from './lib/geo/territoryLabels';
import { statusOnDate, takesPart } from './lib/membershipStatus';
import { chapterPath, sectionHref } from './lib/urls';
import { DEFAULT_LOCALE, type Locale } from './lib/locales';

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

/** All published chapters in reading order. */
/** `locale`: the language's chapters (issue 12: the content layer fills this in). */
export async function getChapters(_locale: Locale = DEFAULT_LOCALE): Promise<ChapterSummary[]> {
  const entries = await getCollection('chapters');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry, i) => ({
      entry,
      slug: entry.id,
      href: chapterPath(entry.id),
      number: i + 1,
      minutes: readingMinutes(entry.body ?? ''),
      words: countWords(proseText(entry.body ?? '')),
    }));
}

/** The chapters that discuss a given anchor year, in reading order. */
export async function getChaptersForYear(year: number, _locale: Locale = DEFAULT_LOCALE): Promise<ChapterSummary[]> {
  return (await getChapters()).filter((c) => (c.entry.data.years as number[]).includes(year));
}

/** A page's prose from content/pages/<id>.mdx; a missing file fails the build naming it. */
export async function getPageProse(id: string, _locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx: missing (the page that renders it needs it)`);
  return entry;
}

export async function getGlossary(_locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'glossary'>[]> {
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
}

/** One glossary entry; an unknown name fails the build with the name in the message. */
export async function getGlossaryEntry(name: string, _locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'glossary'>> {
  const entry = await getEntry('glossary', name);
  if (!entry) throw new Error(`<Term name="${name}">: no entry with id "${name}" in content/glossary.yaml`);
  return entry;
}

// --- timeline (issue 3): event queries go here ---

/** A chapter that discusses an event, and the address of the section that does. */
export interface EventChapter {
  chapter: ChapterSummary;
  /** "/chapters/nobodys-lackey/#bolivia-2019-question-1-was-there-fraud", or the chapter's top. */
  href: string;
}

/** An event with the chapters that discuss it resolved (in reading order). */
export interface TimelineEntry {
  event: TimelineEvent;
  chapters: EventChapter[];
}

/** Per chapter: its source, and where it first links each event (lib/eventSections.ts). */
const sectionsCache = new Map<string, { body: string; sections: Map<string, string> }>();

async function sectionsOf(c: ChapterSummary): Promise<Map<string, string>> {
  const body = c.entry.body ?? '';
  const cached = sectionsCache.get(c.slug);
  // Keyed by the source too, so the dev server follows an edited chapter.
  if (cached?.body === body) return cached.sections;
  const { headings } = await render(c.entry);
  const sections = eventSections(body, headings);
  sectionsCache.set(c.slug, { body, sections });
  return sections;
}

const EVENTS_FILE = 'content/timeline/events.yaml';

/**
 * Every timeline event, in date order. Fails the build, naming the file, the event and the
 * field, when an event names a chapter that does not exist or an anchor year lacks exactly one
 * main event (see lib/timelineChecks.ts).
 */
export async function getEvents(_locale: Locale = DEFAULT_LOCALE): Promise<TimelineEntry[]> {
  const [entries, chapters] = await Promise.all([getCollection('events'), getChapters()]);
  const file = entries[0]?.filePath ?? EVENTS_FILE;
  if (entries.length === 0)
    throw new Error(
      `${EVENTS_FILE}: no events loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`,
    );
  const events = entries.map((e) => e.data);
  const problems = timelineProblems(
    file,
    events,
    chapters.map((c) => c.slug),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const sections = new Map(await Promise.all(chapters.map(async (c) => [c.slug, await sectionsOf(c)] as const)));
  // "Read in chapter N" opens the section that discusses the event, else the chapter's top.
  const link = (c: ChapterSummary, id: string): EventChapter => {
    const section = sections.get(c.slug)?.get(id);
    return { chapter: c, href: section ? sectionHref(c.href, section) : c.href };
  };
  return events
    .sort((a, b) => eventInstant(a.date) - eventInstant(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({
      event,
      chapters: event.chapters
        .flatMap((slug) => bySlug.get(slug) ?? [])
        .sort((a, b) => a.number - b.number)
        .map((c) => link(c, event.id)),
    }));
}

/** The years the timeline runs from and to, as the data gives them, and as a title reads them ("1848–2026"). */
export async function getTimelineSpan(_locale: Locale = DEFAULT_LOCALE): Promise<{ first: number; last: number; label: string }> {
  const events = await getEvents();
  const years = events.flatMap(({ event: e }) => [e.date, e.until ?? e.date]).map((d) => Number(d.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return { first, last, label: `${first}–${last}` };
}

/** The events of some anchor years (all events when `years` is omitted), in date order. */
export async function getEventsForYears(years?: readonly number[], _locale: Locale = DEFAULT_LOCALE): Promise<TimelineEntry[]> {
  const all = await getEvents();
  return years ? all.filter((e) => years.includes(e.event.anchor)) : all;
}

// --- membership (issue 4): membership queries go here ---

const STATES_FILE = 'content/membership/states.yaml';

/**
 * The 35 states with their CELAC and OAS histories, by name. Codes without a map shape and
 * repeated codes have already stopped the build in the loader (src/loaders/membershipLoader.ts).
 */
export async function getMembershipStates(_locale: Locale = DEFAULT_LOCALE): Promise<MembershipState[]> {
  const entries = await getCollection('states');
  if (entries.length === 0)
    throw new Error(
      `${STATES_FILE}: no states loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`,
    );
  return entries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const TERRITORIES_FILE = 'content/membership/territories.yaml';

/** The territories the map draws neutrally, by name (as the states are), each label with its place (lib/geo/territoryLabels.ts). */
export async function getTerritories(_locale: Locale = DEFAULT_LOCALE): Promise<Territory[]> {
  const entries = await getCollection('territories');
  if (entries.length === 0) throw new Error(`${TERRITORIES_FILE}: no territories loaded; is the file missing or its YAML malformed?`);
  const byName = entries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return placeTerritoryLabels(byName, entries[0]?.filePath ?? TERRITORIES_FILE);
}

/** The counts captions and intros print, all from the data, as of the day it was last checked. */
export interface MembershipCounts {
  /** All states in the data (the independent states of the Americas). */
  states: number;
  /** States that belong to CELAC (ever joined, never left). */
  celac: number;
  /** States that have ratified the OAS Charter (Nicaragua's later exit included). */
  oasRatified: number;
  /** Of those, the ones taking a full part on `checked`. */
  oasTakingPart: number;
  /** The ratifying states not taking part on `checked`, by name. */
  oasNotTakingPart: string[];
  /** 'YYYY-MM-DD': the earliest day any state's statuses were checked. */
  checked: string;
  /** The year of the earliest change in the data: the OAS Charter's signing, 1948. */
  since: number;
}

export async function getMembershipCounts(_locale: Locale = DEFAULT_LOCALE): Promise<MembershipCounts> {
  const states = await getMembershipStates();
  const checked = states.map((s) => s.checked).sort()[0] ?? '';
  const ratified = states.filter((s) => s.oas.length > 0);
  const notTakingPart = ratified.filter((s) => !takesPart(statusOnDate(s.oas, checked))).map((s) => s.name);
  return {
    states: states.length,
    celac: states.filter((s) => s.celac.length > 0 && s.celac.at(-1)?.status !== 'withdrawn').length,
    oasRatified: ratified.length,
    oasTakingPart: ratified.length - notTakingPart.length,
    oasNotTakingPart: notTakingPart,
    checked,
    since: Math.min(...states.flatMap((s) => [...s.celac, ...s.oas]).map((c) => Number(c.date.slice(0, 4)))),
  };
}
