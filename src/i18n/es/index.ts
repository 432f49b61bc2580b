/** The Spanish (es-419) dictionary; `satisfies` makes a missing or extra key a type error. */
import type { Dictionary } from '../types';
import { chapter } from './chapter.ts';
import { data } from './data.ts';
import { embed } from './embed.ts';
import { map } from './map.ts';
import { offline } from './offline.ts';
import { present } from './present.ts';
import { site } from './site.ts';
import { teach } from './teach.ts';
import { timeline } from './timeline.ts';
import { tools } from './tools.ts';

export const es = { site, chapter, timeline, map, present, tools, embed, data, teach, offline } as const satisfies Dictionary;
