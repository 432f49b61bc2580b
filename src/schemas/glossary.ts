import { z } from 'astro/zod';
import { localeSchema } from './translations';

/** One entry of content/glossary.yaml. */
export const glossaryEntrySchema = z.object({
  /** Stable key used by <Term name="…"> and as the #anchor on the glossary page. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  /** The entry's language: added by the loader from its file, never written. */
  locale: localeSchema,
  /** The term as readers meet it, e.g. "CELAC". */
  term: z.string().min(1),
  /** What the letters stand for, when the term is an acronym. */
  expansion: z.string().optional(),
  /** Other names for the same thing, e.g. the Spanish acronym. */
  aka: z.array(z.string()).default([]),
  /** One or two plain sentences; shown in the tooltip and on the glossary page. */
  definition: z.string().min(20).max(400),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
