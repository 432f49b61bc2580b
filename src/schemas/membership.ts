import { z } from 'astro/zod';
import { MEMBERSHIP_STATUSES, REGIONS, dateKey } from '../lib/membershipVocabulary';

const DATE_MESSAGE = "every change needs a date: 'YYYY-MM-DD' (a real calendar day) or 'YYYY' when only the year is known";

/** True when y-m-d is a real calendar day (rejects 2021-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
}

/**
 * A change's date, normalised to 'YYYY-MM-DD' or 'YYYY'. YAML may hand over a year as a
 * number or an unquoted day as a Date; both are accepted. A missing date is an error.
 */
export const changeDateSchema = z
  .union([z.string(), z.number(), z.date()], { error: DATE_MESSAGE })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim()))
  .refine((v) => /^\d{4}$/.test(v) || isCalendarDay(v), { message: DATE_MESSAGE });

/** The public page a change rests on (from ../shared/reference/membership.csv or events.md). */
export const changeSourceSchema = z.object({
  /** Link text: the page's title and its site, as a reader would recognise it. */
  title: z.string({ error: 'give the source a title' }).trim().min(3, 'give the source a title a reader recognises'),
  /** The public address that was read; a full https address (content/WRITERS-BRIEF.md, Sources). */
  url: z
    .string({ error: 'every change needs a source url' })
    .trim()
    .regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'use a full https address'),
});

/** One dated change of a state's standing in one organisation. */
export const statusChangeSchema = z.object({
  /** When the change took effect: 'YYYY-MM-DD', or 'YYYY' (counted from 1 January). */
  date: changeDateSchema,
  /** The standing from this date until the next change. */
  status: z.enum(MEMBERSHIP_STATUSES, { error: `use one of: ${MEMBERSHIP_STATUSES.join(', ')}` }),
  /** What happened, in our own words (shown in the map's details). */
  note: z.string().trim().min(10, 'a note needs at least a short sentence').optional(),
  /** The page that supports the change; required for every change. */
  source: changeSourceSchema,
});

/** A history of one organisation, oldest change first; empty when never a member. */
export const historySchema = z.array(statusChangeSchema).superRefine((changes, ctx) => {
  const first = changes[0];
  if (first && first.status !== 'member' && first.status !== 'founding-member') {
    ctx.addIssue({ code: 'custom', path: [0, 'status'], message: 'a history starts when the state joins: use member or founding-member' });
  }
  changes.forEach((change, i) => {
    const before = changes[i - 1];
    if (before && dateKey(change.date) <= dateKey(before.date)) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `list changes oldest first, one per date (${change.date} is not after ${before.date})`,
      });
    }
  });
});

/** One state of content/membership/states.yaml. */
export const membershipStateSchema = z.object({
  /** ISO 3166-1 alpha-3 code, upper case: the entry's id and the map's data-iso. */
  iso3: z
    .string({ error: 'every state needs its ISO alpha-3 code' })
    .regex(/^[A-Z]{3}$/, 'use the ISO 3166-1 alpha-3 code in capitals, e.g. "NIC"'),
  /** English short name, as the map, table and details show it. */
  name: z.string({ error: 'every state needs a name' }).trim().min(3),
  /** ISO 3166-1 numeric code as a quoted three-digit string ('028'): the world-atlas shape id. */
  isoNumeric: z
    .string({ error: "write the ISO numeric code as a quoted three-digit string, e.g. '028'" })
    .regex(/^\d{3}$/, "write the ISO numeric code as a quoted three-digit string, e.g. '028'"),
  /** UN M49 sub-region; orders the map's arrow keys (region by region, north to south). */
  region: z.enum(REGIONS, { error: `use one of: ${REGIONS.join(', ')}` }),
  /**
   * The day ('YYYY-MM-DD') the statuses were last checked against the sources. The map's last
   * step ("as of …") is the latest of these, not the build's date.
   */
  checked: z
    .union([z.string(), z.date()], { error: "write the day the statuses were checked as 'YYYY-MM-DD'" })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
    .refine(isCalendarDay, { message: "write the day the statuses were checked as 'YYYY-MM-DD' (a real calendar day)" }),
  /** Standing in CELAC over time; [] for the United States and Canada, which it leaves out. */
  celac: historySchema,
  /** Standing in the OAS over time, from signing or ratifying the Charter. */
  oas: historySchema,
});

export type MembershipState = z.infer<typeof membershipStateSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type ChangeSource = z.infer<typeof changeSourceSchema>;
