import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/data.ts for where each is used. */
export const data = {} as const satisfies Dictionary['data'];
