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
import { DEFAULT_LOCALE, INTL_LOCALE, LOCALES, type Locale } from './lib/locales';
import { entryId, splitEntryId } from './lib/contentLocales';
import type { EventWords } from './schemas/translations';
import { eventInLanguage, stateInLanguage } from './lib/translatedContent';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** A chapter with what every page needs to list or link it. */
export interface ChapterSummary {
  entry: ChapterEntry;
  /** Its language. */
  locale: Locale;
  /** Its file name in its language: "nobodys-lackey", "lacayo-de-nadie". */
  slug: string;
  href: string;
  /** The English chapter's slug it translates (an English chapter's own), to link twins across languages. */
  translationOf: string;
  /** 1-based position in reading order (not the raw `order`, which may have gaps). */
  number: number;
  minutes: number;
  words: number;
}

/** The languages whose content was loaded (all of lib/locales.ts, unless a test builds English alone). */
export async function getContentLocales(): Promise<Locale[]> {
  const entries = await getCollection('chapters');
  return LOCALES.filter((l) => entries.some((e) => e.data.locale === l));
}

/** A language's published chapters in reading order (content/chapters, content/<locale>/chapters). */
export async function getChapters(locale: Locale = DEFAULT_LOCALE): Promise<ChapterSummary[]> {
  const entries = (await getCollection('chapters')).filter((e) => e.data.locale === locale);
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry, i) => ({
      entry,
      locale,
      slug: splitEntryId(entry.id).id,
      href: chapterPath(splitEntryId(entry.id).id, locale),
      translationOf: entry.data.translationOf ?? splitEntryId(entry.id).id,
      number: i + 1,
      minutes: readingMinutes(entry.body ?? ''),
      words: countWords(proseText(entry.body ?? '')),
    }));
}

/** The chapters that discuss a given anchor year, in reading order. */
export async function getChaptersForYear(year: number, locale: Locale = DEFAULT_LOCALE): Promise<ChapterSummary[]> {
  return (await getChapters(locale)).filter((c) => (c.entry.data.years as number[]).includes(year));
}

/** Where a language's file of the default language's `path` lives ("content/glossary.yaml" → "content/es/glossary.yaml"). */
const fileOf = (locale: Locale, original: string, translated: string) =>
  locale === DEFAULT_LOCALE ? original : `content/${locale}/${translated}`;

/** A page's prose from content/pages/<id>.mdx (content/<locale>/pages/<id>.mdx); a missing file fails the build naming it. */
export async function getPageProse(id: string, locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', entryId(locale, id));
  if (!entry)
    throw new Error(`${fileOf(locale, `content/pages/${id}.mdx`, `pages/${id}.mdx`)}: missing (the page that renders it needs it)`);
  return entry;
}

/** A language's glossary, in that language's alphabetical order. */
export async function getGlossary(locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'glossary'>[]> {
  const entries = (await getCollection('glossary')).filter((e) => e.data.locale === locale);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** One glossary entry in a language; an unknown name fails the build with the name and the file in the message. */
export async function getGlossaryEntry(name: string, locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'glossary'>> {
  const entry = await getEntry('glossary', entryId(locale, name));
  if (!entry)
    throw new Error(`<Term name="${name}">: no entry with id "${name}" in ${fileOf(locale, 'content/glossary.yaml', 'glossary.yaml')}`);
  return entry;
}

// --- the teachers' page (issue 13) ---

/** A chapter with its lesson (content/teaching.yaml, content/<locale>/teaching.yaml), in reading order. */
export interface ChapterLesson {
  chapter: ChapterSummary;
  lesson: CollectionEntry<'teaching'>['data'];
}

/** The languages that have lessons: all of them, unless a test builds fixture content without any. */
export async function getLessonLocales(): Promise<Locale[]> {
  const entries = await getCollection('teaching');
  return LOCALES.filter((l) => entries.some((e) => e.data.locale === l));
}

/** A language's chapters, each with its lesson; the loader has already held the two lists to each other. */
export async function getLessons(locale: Locale = DEFAULT_LOCALE): Promise<ChapterLesson[]> {
  const chapters = await getChapters(locale);
  return Promise.all(
    chapters.map(async (chapter) => {
      const entry = await getEntry('teaching', entryId(locale, chapter.translationOf));
      if (!entry)
        throw new Error(`${fileOf(locale, 'content/teaching.yaml', 'teaching.yaml')}: no lesson for chapter "${chapter.translationOf}"`);
      return { chapter, lesson: entry.data };
    }),
  );
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

/** Per chapter (by its entry id): its source, and where it first links each event (lib/eventSections.ts). */
const sectionsCache = new Map<string, { body: string; sections: Map<string, string> }>();

async function sectionsOf(c: ChapterSummary): Promise<Map<string, string>> {
  const body = c.entry.body ?? '';
  const cached = sectionsCache.get(c.entry.id);
  // Keyed by the source too, so the dev server follows an edited chapter.
  if (cached?.body === body) return cached.sections;
  const { headings } = await render(c.entry);
  const sections = eventSections(body, headings);
  sectionsCache.set(c.entry.id, { body, sections });
  return sections;
}

const EVENTS_FILE = 'content/timeline/events.yaml';

/**
 * Every timeline event, in date order. Fails the build, naming the file, the event and the
 * field, when an event names a chapter that does not exist or an anchor year lacks exactly one
 * main event (see lib/timelineChecks.ts).
 */
export async function getEvents(locale: Locale = DEFAULT_LOCALE): Promise<TimelineEntry[]> {
  const [entries, englishChapters, chapters] = await Promise.all([
    getCollection('events'),
    getChapters(DEFAULT_LOCALE),
    getChapters(locale),
  ]);
  const file = entries[0]?.filePath ?? EVENTS_FILE;
  if (entries.length === 0)
    throw new Error(
      `${EVENTS_FILE}: no events loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`,
    );
  const events = entries.map((e) => e.data);
  const problems = timelineProblems(
    file,
    events,
    englishChapters.map((c) => c.slug),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // events.yaml names chapters by their English slugs; each language's chapter says which it translates.
  const bySlug = new Map(chapters.map((c) => [c.translationOf, c]));
  const words = locale === DEFAULT_LOCALE ? null : await eventWordsOf(locale);
  const sections = new Map(await Promise.all(chapters.map(async (c) => [c.slug, await sectionsOf(c)] as const)));
  // "Read in chapter N" opens the section that discusses the event, else the chapter's top.
  const link = (c: ChapterSummary, id: string): EventChapter => {
    const section = sections.get(c.slug)?.get(id);
    return { chapter: c, href: section ? sectionHref(c.href, section) : c.href };
  };
  return events
    .sort((a, b) => eventInstant(a.date) - eventInstant(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({
      event: words ? eventInLanguage(event, words.get(event.id), `content/${locale}/timeline.yaml`) : event,
      chapters: event.chapters
        .flatMap((slug) => bySlug.get(slug) ?? [])
        .sort((a, b) => a.number - b.number)
        .map((c) => link(c, event.id)),
    }));
}

/** A language's words for the events, by id (content/<locale>/timeline.yaml; the loader has checked every id). */
async function eventWordsOf(locale: Locale): Promise<Map<string, EventWords>> {
  const entries = (await getCollection('eventWords')).filter((e) => e.data.locale === locale);
  if (entries.length === 0) throw new Error(`content/${locale}/timeline.yaml: no events loaded; the ${locale} timeline needs its words`);
  return new Map(entries.map((e) => [e.data.id, e.data]));
}

/** The years the timeline runs from and to, as the data gives them, and as a title reads them ("1848–2026"). */
export async function getTimelineSpan(locale: Locale = DEFAULT_LOCALE): Promise<{ first: number; last: number; label: string }> {
  const events = await getEvents(locale);
  const years = events.flatMap(({ event: e }) => [e.date, e.until ?? e.date]).map((d) => Number(d.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return { first, last, label: `${first}–${last}` };
}

/** The events of some anchor years (all events when `years` is omitted), in date order. */
export async function getEventsForYears(years?: readonly number[], locale: Locale = DEFAULT_LOCALE): Promise<TimelineEntry[]> {
  const all = await getEvents(locale);
  return years ? all.filter((e) => years.includes(e.event.anchor)) : all;
}

// --- membership (issue 4): membership queries go here ---

const STATES_FILE = 'content/membership/states.yaml';

/**
 * The 35 states with their CELAC and OAS histories, by name. Codes without a map shape and
 * repeated codes have already stopped the build in the loader (src/loaders/membershipLoader.ts).
 */
export async function getMembershipStates(locale: Locale = DEFAULT_LOCALE): Promise<MembershipState[]> {
  const entries = await getCollection('states');
  if (entries.length === 0)
    throw new Error(
      `${STATES_FILE}: no states loaded; is the file missing or its YAML malformed? (run \`npx astro sync\` for the parser's message)`,
    );
  const states = entries.map((e) => e.data);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  if (locale === DEFAULT_LOCALE) return states.sort((a, b) => collator.compare(a.name, b.name));
  const words = new Map((await getCollection('stateWords')).filter((e) => e.data.locale === locale).map((e) => [e.data.iso3, e.data]));
  return states
    .map((s) => stateInLanguage(s, words.get(s.iso3), `content/${locale}/membership.yaml`))
    .sort((a, b) => collator.compare(a.name, b.name));
}

const TERRITORIES_FILE = 'content/membership/territories.yaml';

/** The territories the map draws neutrally, by name (as the states are), each label with its place (lib/geo/territoryLabels.ts). */
export async function getTerritories(locale: Locale = DEFAULT_LOCALE): Promise<Territory[]> {
  const entries = (await getCollection('territories')).filter((e) => e.data.locale === locale);
  const file = fileOf(locale, TERRITORIES_FILE, 'territories.yaml');
  if (entries.length === 0) throw new Error(`${file}: no territories loaded; is the file missing or its YAML malformed?`);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const byName = entries.map((e) => e.data).sort((a, b) => collator.compare(a.name, b.name));
  return placeTerritoryLabels(byName, entries[0]?.filePath ?? file);
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

export async function getMembershipCounts(locale: Locale = DEFAULT_LOCALE): Promise<MembershipCounts> {
  const states = await getMembershipStates(locale);
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
