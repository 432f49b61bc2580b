import { z } from 'astro/zod';
import { localeSchema } from './translations';

/**
 * Frontmatter of a page's prose in content/pages/*.mdx: writing that belongs to a page (the
 * membership explainer above the map), kept with the chapters' rules rather than in a route.
 */
export const pageProseSchema = z.object({
  /** The section's heading on its page. */
  title: z.string().trim().min(3),
  /** Added by the loader from the folder. */
  locale: localeSchema,
  /** In a translation: the English page's id (its file name); informative, the ids already match. */
  translationOf: z.string().optional(),
});

export type PageProse = z.infer<typeof pageProseSchema>;
