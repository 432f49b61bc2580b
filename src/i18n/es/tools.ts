import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the tools section. */
export const tools = {} as const satisfies Dictionary['tools'];
