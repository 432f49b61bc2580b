import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales';
import { eventProseSchema, eventSourceSchema, eventSummarySchema, eventTitleSchema } from './timelineEvent';

/**
 * The language an entry is in. The loaders (src/loaders/localized.ts) add it from the folder
 * the file sits in, so writers never type it.
 */
export const localeSchema = z.enum(LOCALES as [Locale, ...Locale[]]).default(DEFAULT_LOCALE);

/**
 * One event's words in another language (content/<locale>/timeline.yaml): only words; the
 * date, anchor year, chapters and original sources stay in content/timeline/events.yaml.
 */
export const eventWordsSchema = z.object({
  /** The event's id in content/timeline/events.yaml, unchanged. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use the event id of content/timeline/events.yaml'),
  locale: localeSchema,
  title: eventTitleSchema('every event needs a title in this language'),
  summary: eventSummarySchema,
  note: eventProseSchema.optional(),
  factCheck: eventProseSchema.optional(),
  /** Sources in this language, shown after the original's (never instead of them). */
  sources: z.array(eventSourceSchema).default([]),
});

/** One state's words in another language (content/<locale>/membership.yaml). */
export const stateWordsSchema = z.object({
  /** The state's ISO alpha-3 code in content/membership/states.yaml, unchanged. */
  iso3: z.string().regex(/^[A-Z]{3}$/, 'use the ISO alpha-3 code of content/membership/states.yaml'),
  locale: localeSchema,
  /** The state's short name in this language. */
  name: z.string({ error: 'every state needs its name in this language' }).trim().min(3),
  /** Each noted change's note, keyed '<organisation>:<date>' with the date as states.yaml writes it. */
  notes: z
    .record(
      z.string().regex(/^(celac|oas):\d{4}(-\d{2}-\d{2})?$/, "key a note '<celac|oas>:<date>', e.g. 'oas:1981-12-03'"),
      z.string().trim().min(10),
    )
    .default({}),
});

export type EventWords = z.infer<typeof eventWordsSchema>;
export type StateWords = z.infer<typeof stateWordsSchema>;
