import { z } from 'astro/zod';
import { anchorYearSchema } from './anchorYears';
import { localeSchema } from './translations';

/** Frontmatter of one chapter in content/chapters/*.mdx (or content/<locale>/chapters/*.mdx). */
export const chapterSchema = z.object({
  /** The chapter's language: added by the loader from its folder, never written. */
  locale: localeSchema,
  /**
   * In a translation, the file name (without .mdx) of the English chapter it translates; the
   * loader holds the two together (src/lib/translationChecks.ts). English chapters leave it out.
   */
  translationOf: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'name the English chapter by its file name without .mdx, e.g. "nobodys-lackey"')
    .optional(),
  /** Full title, shown as the page's H1 and in the document title. */
  title: z.string().trim().min(1, 'a chapter needs a title'),
  /** Short title for navigation (table of contents, previous/next links). */
  shortTitle: z.string().trim().min(1).max(28, 'keep the short title to 28 characters or fewer'),
  /** One sentence for search results and link previews. */
  description: z
    .string()
    .trim()
    .min(50, 'the description is a link preview: write at least 50 characters')
    .max(160, 'link previews cut off after about 160 characters'),
  /** Reading order, 1-based; must be unique across chapters. */
  order: z.number().int().positive(),
  /** The anchor years this chapter discusses; the timeline links back to it for these. */
  years: z.array(anchorYearSchema).default([]),
  /** Two to four open questions for a class discussion, shown at the end of the chapter. */
  questions: z
    .array(z.string().trim().min(10))
    .min(2, 'give at least two discussion questions')
    .max(4, 'give at most four discussion questions'),
});

export type ChapterData = z.infer<typeof chapterSchema>;
