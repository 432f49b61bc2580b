import { z } from 'astro/zod';
import { localeSchema } from './translations';

/** One place of content/membership/territories.yaml: not a state of CELAC or the OAS, drawn neutrally. */
export const territorySchema = z.object({
  /** The world-atlas shape id: the ISO 3166-1 numeric code as a quoted three-digit string ('304'). */
  id: z
    .string({ error: "write the world-atlas shape id as a quoted three-digit string, e.g. '304'" })
    .regex(/^\d{3}$/, "write the world-atlas shape id as a quoted three-digit string, e.g. '304'"),
  /** Added by the loader from the file. */
  locale: localeSchema,
  /** The name the map's hover title and the territory list show. */
  name: z.string({ error: 'every territory needs a name' }).trim().min(3),
  /** Who holds it, and any dispute the article touches on ("administered by …, claimed by …"). */
  note: z.string({ error: 'say who holds the territory in a short note' }).trim().min(5),
  /** Words drawn on the map where there is room; its place is src/lib/geo/territoryLabels.ts. */
  label: z.string().trim().min(3).optional(),
});

export type TerritoryEntry = z.infer<typeof territorySchema>;
