/** The Spanish (es-419) dictionary; `satisfies` makes a missing or extra key a type error. */
import type { Dictionary } from '../types';
import { chapter } from './chapter.ts';
import { map } from './map.ts';
import { present } from './present.ts';
import { site } from './site.ts';
import { timeline } from './timeline.ts';
import { tools } from './tools.ts';

export const es = { site, chapter, timeline, map, present, tools } as const satisfies Dictionary;
