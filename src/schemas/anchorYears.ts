import { z } from 'astro/zod';
import { ANCHOR_YEARS, type AnchorYear } from '../lib/anchorYears';

/** One of the anchor years (src/lib/anchorYears.ts); any other number is rejected with the allowed list. */
export const anchorYearSchema = z
  .number()
  .int()
  .refine((y): y is AnchorYear => (ANCHOR_YEARS as readonly number[]).includes(y), {
    message: `must be one of the anchor years ${ANCHOR_YEARS.join(', ')}`,
  });
