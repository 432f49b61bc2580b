/**
 * The English dictionary: the shape every other language must match (src/i18n/types.ts).
 * One file per part of the site, so whoever changes a part changes its words beside it.
 * Templates use {name} placeholders, filled by lib/fill.ts.
 */
import { chapter } from './chapter.ts';
import { map } from './map.ts';
import { present } from './present.ts';
import { site } from './site.ts';
import { timeline } from './timeline.ts';
import { tools } from './tools.ts';

export const en = { site, chapter, timeline, map, present, tools } as const;
