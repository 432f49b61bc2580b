/**
 * The English dictionary: the shape every other language must match (src/i18n/types.ts).
 * One file per part of the site, so whoever changes a part changes its words beside it.
 * Templates use {name} placeholders, filled by lib/fill.ts.
 */
import { chapter } from './chapter';
import { map } from './map';
import { present } from './present';
import { site } from './site';
import { timeline } from './timeline';
import { tools } from './tools';

export const en = { site, chapter, timeline, map, present, tools } as const;
