/**
 * The membership data as the build reads it, without the Astro runtime: each YAML file
 * parsed with the schema its collection uses (src/content.config.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { membershipStateSchema, type MembershipState } from '../../src/schemas/membership';
import { territorySchema, type TerritoryEntry } from '../../src/schemas/territory';

const readList = (file: string): unknown[] => parse(readFileSync(file, 'utf8')) as unknown[];

export const membershipStates = (): MembershipState[] =>
  readList('content/membership/states.yaml').map((s) => membershipStateSchema.parse(s));

export const territoryEntries = (): TerritoryEntry[] =>
  readList('content/membership/territories.yaml').map((t) => territorySchema.parse(t));

// --- Each translation's words (content/<locale>/…), parsed as their collections parse them. ---
import { eventWordsSchema, stateWordsSchema, type EventWords, type StateWords } from '../../src/schemas/translations';
import { timelineEventSchema, type TimelineEvent } from '../../src/schemas/timelineEvent';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { DEFAULT_LOCALE, type Locale } from '../../src/lib/locales';

/** Where a language's copy of a default-language file lives: content/<locale>/<name>. */
const inLocale = (locale: Locale, original: string, name: string) => (locale === DEFAULT_LOCALE ? original : `content/${locale}/${name}`);

export const timelineEvents = (): TimelineEvent[] => readList('content/timeline/events.yaml').map((e) => timelineEventSchema.parse(e));

export const eventWords = (locale: Locale): EventWords[] =>
  readList(`content/${locale}/timeline.yaml`).map((e) => eventWordsSchema.parse({ ...(e as object), locale }));

export const stateWords = (locale: Locale): StateWords[] =>
  readList(`content/${locale}/membership.yaml`).map((s) => stateWordsSchema.parse({ ...(s as object), locale }));

export const glossaryEntries = (locale: Locale = DEFAULT_LOCALE): GlossaryEntry[] =>
  readList(inLocale(locale, 'content/glossary.yaml', 'glossary.yaml')).map((g) => glossaryEntrySchema.parse({ ...(g as object), locale }));

export const territoryEntriesIn = (locale: Locale): TerritoryEntry[] =>
  readList(inLocale(locale, 'content/membership/territories.yaml', 'territories.yaml')).map((t) =>
    territorySchema.parse({ ...(t as object), locale }),
  );
