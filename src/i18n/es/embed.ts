import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/embed.ts for where each is used. */
export const embed = {} as const satisfies Dictionary['embed'];
