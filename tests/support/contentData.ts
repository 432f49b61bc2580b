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
