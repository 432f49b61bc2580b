/**
 * The English dictionary: the shape every other language must match (src/i18n/types.ts).
 * One file per part of the site, so whoever changes a part changes its words beside it.
 * Templates use {name} placeholders, filled by lib/fill.ts.
 */
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

export const en = { site, chapter, timeline, map, present, tools, embed, data, teach, offline } as const;
