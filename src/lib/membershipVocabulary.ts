/**
 * The words of the membership data, without zod: the schema (src/schemas/membership.ts) builds
 * its enums from these, and the browser's code (the map island) imports them from here, so
 * the schema library never reaches the browser.
 */

/** What a state's standing in one organisation can be after a dated change, in reading order. */
export const MEMBERSHIP_STATUSES = [
  'founding-member',
  'member',
  'suspended',
  'excluded',
  'not-participating',
  'withdrawal-notified',
  'withdrawn',
  'disputed',
] as const;

export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The two organisations the map compares; each state has one history per organisation. */
export const ORGANISATIONS = ['celac', 'oas'] as const;

export type Organisation = (typeof ORGANISATIONS)[number];

/** The UN M49 sub-regions the 35 states fall in: they group the map's keyboard order. */
export const REGIONS = ['northern-america', 'central-america', 'caribbean', 'south-america'] as const;

export type Region = (typeof REGIONS)[number];

/** Sort key of a change date ('YYYY-MM-DD' or 'YYYY'): a bare year counts from 1 January. */
export const dateKey = (date: string): string => (date.length === 4 ? `${date}-01-01` : date);
