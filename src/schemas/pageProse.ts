import { z } from 'astro/zod';

/**
 * Frontmatter of a page's prose in content/pages/*.mdx: writing that belongs to a page (the
 * membership explainer above the map), kept with the chapters' rules rather than in a route.
 */
export const pageProseSchema = z.object({
  /** The section's heading on its page. */
  title: z.string().trim().min(3),
});

export type PageProse = z.infer<typeof pageProseSchema>;
