import type { Dictionary } from '../types';

/** Spanish (es-419) strings: see src/i18n/en/offline.ts for where each is used. */
export const offline = {} as const satisfies Dictionary['offline'];
