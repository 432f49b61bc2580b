import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { pageProseSchema } from './schemas/pageProse';
import { glossaryEntrySchema } from './schemas/glossary';
import { chaptersLoader } from './loaders/chaptersLoader';
import { timelineEventSchema } from './schemas/timelineEvent';
import { membershipStateSchema } from './schemas/membership';
import { territorySchema } from './schemas/territory';
import { membershipLoader } from './loaders/membershipLoader';

// CHAPTERS_DIR lets the tests point the build at deliberately broken fixtures.
const chaptersDir = process.env.CHAPTERS_DIR ?? './content/chapters';

export const collections = {
  chapters: defineCollection({ loader: chaptersLoader(chaptersDir), schema: chapterSchema }),
  // Prose that belongs to a page rather than a chapter (the membership explainer on /map/).
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageProseSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryEntrySchema }),
  // --- timeline (issue 3): add the events collection here ---
  // EVENTS_FILE lets the tests point the build at deliberately broken events (tests/fixtures/timeline).
  events: defineCollection({ loader: file(process.env.EVENTS_FILE ?? './content/timeline/events.yaml'), schema: timelineEventSchema }),
  // --- membership (issue 4): add the states collection here ---
  // MEMBERSHIP_FILE lets the tests point the build at deliberately broken states (tests/fixtures/membership).
  states: defineCollection({
    loader: membershipLoader(process.env.MEMBERSHIP_FILE ?? './content/membership/states.yaml'),
    schema: membershipStateSchema,
  }),
  // Places drawn neutrally on the map: not states of either organisation.
  territories: defineCollection({ loader: file('./content/membership/territories.yaml'), schema: territorySchema }),
};
