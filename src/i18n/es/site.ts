import type { Dictionary } from '../types';

/** Spanish (es-419) strings: the site's frame. */
export const site = {
  skipToContent: 'Saltar al contenido',
} as const satisfies Dictionary['site'];
