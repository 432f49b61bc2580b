import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/teach.ts for where each is used. */
export const teach = {} as const satisfies Dictionary['teach'];
