import { z } from 'astro/zod';
import { anchorYearSchema } from './anchorYears';

/**
 * The ids chapters may be referred to by: a chapter's file name in content/chapters without
 * `.mdx`. Whether the chapter exists is checked against the collection in src/content.ts
 * (a schema cannot see other files).
 */
const chapterIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a chapter id is its file name without .mdx, e.g. "nobodys-lackey"');

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True when y-m-d is a real calendar day (rejects 2021-02-30). */
function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function isCalendarMonth(value: string): boolean {
  const m = MONTH.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * A date as precise as the sources allow, normalised to an ISO 8601 string whose length says
 * its precision: "1848" (year), "1937-11" (month) or "2021-07-24" (day). YAML may give a year
 * as a number and an unquoted day as a Date (js-yaml reads timestamps); both are accepted.
 */
export const eventDateSchema = z
  .union([z.number(), z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim()))
  .refine((v) => /^\d{4}$/.test(v) || isCalendarMonth(v) || isCalendarDay(v), {
    message: 'write a year (1848), a month (1937-11) or a real calendar day (2021-07-24)',
  });

/** One source a fact rests on, as listed in ../shared/reference/events.md. */
export const eventSourceSchema = z.object({
  /** What the reader will see as the link text: the page's title and its site. */
  title: z.string().trim().min(3, 'give the source a title a reader recognises'),
  /**
   * The public address read. A root-relative path ("/about/#original") is allowed only
   * for the op-ed itself, which this site describes on its about page.
   */
  url: z
    .string()
    .trim()
    .refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(u) || /^\/[^\s]*$/.test(u), {
      message: 'use a full https address or a path on this site starting with "/" (content/WRITERS-BRIEF.md, Sources)',
    }),
});

/**
 * An event's headline, in any language: `tooShort` says what a writer who left it empty
 * (or nearly) must do, which differs between the original and a translation.
 */
export function eventTitleSchema(tooShort: string) {
  return z.string().trim().min(3, tooShort).max(60, 'keep the title to 60 characters; the summary holds the rest');
}

/** An event's one or two sentences, in any language. */
export const eventSummarySchema = z
  .string()
  .trim()
  .min(20, 'a summary needs at least one full sentence')
  .max(320, 'keep the summary under 320 characters; use note for more');

/** An event's longer words (its note, its fact check), in any language. */
export const eventProseSchema = z.string().trim().min(20);

/** One event of content/timeline/events.yaml. */
export const timelineEventSchema = z
  .object({
    /** Stable, kebab-case and unique: the event's #anchor on /timeline/ and in shared links. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by dashes, e.g. "celac-founded"'),
    /** When it happened, as precisely as the sources allow (see eventDateSchema). */
    date: eventDateSchema,
    /** For events that lasted: the last day (a strike, a law passed over three days). */
    until: eventDateSchema.optional(),
    /** Which of the six anchor years this event belongs to (it may fall just outside it). */
    anchor: anchorYearSchema,
    /** A headline of at most 60 characters, shown in the timeline and the list. */
    title: eventTitleSchema('give the event a title of three characters or more'),
    /** One or two sentences in our own words (never the article's or a source's). */
    summary: eventSummarySchema,
    /** Longer context shown when the event is opened. */
    note: eventProseSchema.optional(),
    /** The chapters that discuss this event, by file name without .mdx, in reading order. */
    chapters: z.array(chapterIdSchema).default([]),
    /** At least one public source for every fact stated in title, summary and note. */
    sources: z.array(eventSourceSchema).min(1, 'every event needs at least one source'),
    /** Where the op-ed's account differs from the record, or what could not be verified. */
    factCheck: eventProseSchema.optional(),
    /** Whether this is the anchor year's main event (exactly one per anchor year). */
    main: z.boolean().default(false),
  })
  .refine((e) => e.until === undefined || e.until > e.date, {
    message: '"until" must be later than "date"',
    path: ['until'],
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
