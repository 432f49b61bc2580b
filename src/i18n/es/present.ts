import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the present section. */
export const present = {} as const satisfies Dictionary['present'];
