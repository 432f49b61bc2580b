import type { z } from 'astro/zod';

/** A schema's complaints about a value as "path: message" lines; [] when it parses. */
export function schemaIssues(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
