import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the map section. */
export const map = {} as const satisfies Dictionary['map'];
