import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';
import { chaptersLoader } from './lib/chaptersLoader';

// CHAPTERS_DIR lets the tests point the build at deliberately broken fixtures.
const chaptersDir = process.env.CHAPTERS_DIR ?? './content/chapters';

export const collections = {
  chapters: defineCollection({ loader: chaptersLoader(chaptersDir), schema: chapterSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryEntrySchema }),
  // --- timeline (issue 3): add the events collection here ---
  // --- membership (issue 4): add the states collection here ---
};
