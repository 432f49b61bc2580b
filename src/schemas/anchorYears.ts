import { z } from 'astro/zod';

/**
 * The six moments the op-ed's argument rests on (see ../shared/reference/events.md).
 * Chapters and the timeline may only name these years as anchors.
 */
export const ANCHOR_YEARS = [1848, 1937, 2011, 2019, 2021, 2022] as const;

export type AnchorYear = (typeof ANCHOR_YEARS)[number];

/** One of the six anchor years; any other number is rejected with the allowed list. */
export const anchorYearSchema = z
  .number()
  .int()
  .refine((y): y is AnchorYear => (ANCHOR_YEARS as readonly number[]).includes(y), {
    message: `must be one of the anchor years ${ANCHOR_YEARS.join(', ')}`,
  });
