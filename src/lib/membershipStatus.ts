/**
 * A state's standing in one organisation on a given day, read from its dated history
 * (content/membership/states.yaml). Pure: the map model, the table and the tests call it
 * with plain objects.
 */
import type { StatusChange } from '../schemas/membership';
import { dateKey, type MembershipStatus } from './membershipVocabulary';

/** A standing on a day; null before the first change (not, or not yet, a member). */
export type StatusOnDate = MembershipStatus | null;

/** The part of a change that decides a standing. */
export type DatedStatus = Pick<StatusChange, 'date' | 'status'>;

/** Statuses in which a state takes a full part in the organisation. */
const TAKING_PART: ReadonlySet<StatusOnDate> = new Set<StatusOnDate>(['founding-member', 'member']);

/** Statuses in between: still tied to the organisation, but suspended, leaving or contested. */
const IRREGULAR: ReadonlySet<StatusOnDate> = new Set<StatusOnDate>(['suspended', 'excluded', 'withdrawal-notified', 'disputed']);

/** Reader-facing names of the standings, per language: the `map.statuses` of src/i18n/<locale>/map.ts. */
export type StatusLabels = Readonly<Record<MembershipStatus | 'none', string>>;

/** The change in force on `isoDate` ('YYYY-MM-DD' or 'YYYY'), or undefined before the first. */
export function changeOnDate<T extends DatedStatus>(history: readonly T[], isoDate: string): T | undefined {
  const day = dateKey(isoDate);
  let current: T | undefined;
  for (const change of history) {
    if (dateKey(change.date) > day) break;
    current = change;
  }
  return current;
}

/** The standing on `isoDate`: the status of the last change on or before it (histories are oldest first). */
export function statusOnDate(history: readonly DatedStatus[], isoDate: string): StatusOnDate {
  return changeOnDate(history, isoDate)?.status ?? null;
}

export const takesPart = (status: StatusOnDate): boolean => TAKING_PART.has(status);

export const isIrregular = (status: StatusOnDate): boolean => IRREGULAR.has(status);

/** A standing's name in the given labels ("Not a member" before the first change). */
export const statusLabel = (status: StatusOnDate, labels: StatusLabels): string => labels[status ?? 'none'];
