import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { pageProseSchema } from './schemas/pageProse';
import { glossaryEntrySchema } from './schemas/glossary';
import { chaptersLoader } from './loaders/chaptersLoader';
import { timelineEventSchema } from './schemas/timelineEvent';
import { membershipStateSchema } from './schemas/membership';
import { territorySchema } from './schemas/territory';
import { teachingEntrySchema } from './schemas/teaching';
import { teachingLoader } from './loaders/teachingLoader';
import { eventWordsSchema, stateWordsSchema } from './schemas/translations';
import { membershipLoader } from './loaders/membershipLoader';
import { localizedGlob, type LocalePaths } from './loaders/localized';
import { eventWordsLoader, glossaryLoader, stateWordsLoader, territoriesLoader } from './loaders/wordsLoaders';
import { DEFAULT_LOCALE } from './lib/locales';
import { TRANSLATED_LOCALES, translationDir } from './lib/contentLocales';

// CHAPTERS_DIR, EVENTS_FILE and MEMBERSHIP_FILE let the tests point the build at deliberately
// broken fixtures (tests/fixtures/).
const chaptersDir = process.env.CHAPTERS_DIR ?? './content/chapters';
const eventsFile = process.env.EVENTS_FILE ?? './content/timeline/events.yaml';
const statesFile = process.env.MEMBERSHIP_FILE ?? './content/membership/states.yaml';
// The teachers' lessons name the project's own chapters, events and map days, so a build
// pointed at fixture chapters, events or membership (the failure tests) leaves them, and the
// teachers' page, out; TEACHING_FILE gives such a build lessons of its own to check.
const fixtureContent = [process.env.CHAPTERS_DIR, process.env.EVENTS_FILE, process.env.MEMBERSHIP_FILE].some(Boolean);
const teachingFile = process.env.TEACHING_FILE ?? (fixtureContent ? undefined : './content/teaching.yaml');
// Every language but English has its content under content/<locale>/ (chapters/, pages/,
// glossary.yaml, timeline.yaml, membership.yaml, territories.yaml), one folder per language of
// src/lib/locales.ts. TRANSLATIONS_DIR points the tests at fixture translations; set empty, it
// builds English alone (fixtures that hold English chapters only).
const translationsRoot = process.env.TRANSLATIONS_DIR ?? './content';
const translated = translationsRoot ? TRANSLATED_LOCALES : [];

/** The default language's path, then each translation's, under the root. */
function paths(original: string | undefined, inTranslation: string): LocalePaths {
  const out: LocalePaths = original ? { [DEFAULT_LOCALE]: original } : {};
  for (const l of translated) out[l] = `${translationDir(translationsRoot, l)}/${inTranslation}`;
  return out;
}

export const collections = {
  // Every language's chapters: "nobodys-lackey", "es/lacayo-de-nadie" (lib/contentLocales.ts).
  chapters: defineCollection({ loader: chaptersLoader(paths(chaptersDir, 'chapters')), schema: chapterSchema }),
  // Prose that belongs to a page rather than a chapter (the membership explainer on /map/).
  pages: defineCollection({ loader: localizedGlob('*.mdx', paths('./content/pages', 'pages')), schema: pageProseSchema }),
  glossary: defineCollection({ loader: glossaryLoader(paths('./content/glossary.yaml', 'glossary.yaml')), schema: glossaryEntrySchema }),
  // --- timeline (issue 3) ---
  events: defineCollection({ loader: file(eventsFile), schema: timelineEventSchema }),
  // Each translation's words for the events (title, summary, note, fact check, added sources).
  eventWords: defineCollection({ loader: eventWordsLoader(paths(undefined, 'timeline.yaml'), eventsFile), schema: eventWordsSchema }),
  // --- membership (issue 4) ---
  states: defineCollection({ loader: membershipLoader(statesFile), schema: membershipStateSchema }),
  // Each translation's state names and notes.
  stateWords: defineCollection({ loader: stateWordsLoader(paths(undefined, 'membership.yaml'), statesFile), schema: stateWordsSchema }),
  // Places drawn neutrally on the map: not states of either organisation.
  territories: defineCollection({
    loader: territoriesLoader(paths('./content/membership/territories.yaml', 'territories.yaml')),
    schema: territorySchema,
  }),
  // --- the teachers' page (issue 13): one lesson per chapter and language, keyed by the English slug ---
  teaching: defineCollection({
    loader: teachingLoader(
      teachingFile ? paths(teachingFile, 'teaching.yaml') : {},
      paths(chaptersDir, 'chapters'),
      eventsFile,
      statesFile,
    ),
    schema: teachingEntrySchema,
  }),
};
