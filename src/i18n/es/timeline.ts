import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the timeline section. */
export const timeline = {} as const satisfies Dictionary['timeline'];
