import { z } from 'astro/zod';
import { EMBEDDABLE_FIGURES } from '../lib/urls';
import { localeSchema } from './translations';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "write the day as 'YYYY-MM-DD'");

/** The shortest and longest class time an activity may take, in minutes (issue 13: 10–15). */
export const ACTIVITY_MINUTES = { min: 10, max: 15 } as const;

/** One timed step of an activity. */
export const activityStepSchema = z.object({
  /** How long the step takes in class, in whole minutes. */
  minutes: z.number().int().min(1).max(ACTIVITY_MINUTES.max),
  /** What the students (or the teacher) do, in one or two sentences. */
  text: z.string().trim().min(20),
  /** Timeline events the step opens, by their id in content/timeline/events.yaml (the loader checks them). */
  events: z.array(slug).default([]),
  /** Days the step opens the membership map at: a change in content/membership/states.yaml or an event's date (the loader checks them). */
  mapDates: z.array(isoDay).default([]),
});

/** One chapter's lesson on the teachers' page (content/teaching.yaml, content/<locale>/teaching.yaml). */
export const teachingEntrySchema = z.object({
  /** The English chapter's slug (its file name in content/chapters/): a translation's chapter is found by its `translationOf`. */
  chapter: slug,
  /** The entry's language: added by the loader from its file, never written. */
  locale: localeSchema,
  /** One paragraph, in the site's own words: what the chapter covers, keeping the authors' case, the speeches and the record apart. */
  summary: z.string().trim().min(200).max(1200),
  /** What students can do after the lesson: 2 to 4, each a sentence after "Students can …". */
  goals: z.array(z.string().trim().min(15)).min(2).max(4),
  activity: z
    .object({
      /** A short name for the activity. */
      title: z.string().trim().min(5).max(80),
      /** The figure whose embed code fits the activity, and the state it opens at (an event or a map day). */
      embed: z.object({
        figure: z.enum(EMBEDDABLE_FIGURES),
        event: slug.optional(),
        date: isoDay.optional(),
      }),
      steps: z.array(activityStepSchema).min(2).max(6),
    })
    .refine(
      (a) => {
        const total = a.steps.reduce((sum, s) => sum + s.minutes, 0);
        return total >= ACTIVITY_MINUTES.min && total <= ACTIVITY_MINUTES.max;
      },
      { message: `an activity's steps must add up to ${ACTIVITY_MINUTES.min}–${ACTIVITY_MINUTES.max} minutes`, path: ['steps'] },
    ),
});

export type TeachingEntry = z.infer<typeof teachingEntrySchema>;
export type ActivityStep = z.infer<typeof activityStepSchema>;
