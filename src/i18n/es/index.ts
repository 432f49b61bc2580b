/** The Spanish (es-419) dictionary; `satisfies` makes a missing or extra key a type error. */
import type { Dictionary } from '../types';
import { chapter } from './chapter';
import { map } from './map';
import { present } from './present';
import { site } from './site';
import { timeline } from './timeline';
import { tools } from './tools';

export const es = { site, chapter, timeline, map, present, tools } as const satisfies Dictionary;
