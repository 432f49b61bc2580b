import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the chapter section. */
export const chapter = {} as const satisfies Dictionary['chapter'];
