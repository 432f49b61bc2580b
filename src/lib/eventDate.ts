/**
 * Where an event's date sits in time. Dates come as the schema normalises them ("1848",
 * "1937-11", "2021-07-24"); how they read is lib/formatDate.ts.
 */

/**
 * The instant (ms, UTC) an event is drawn at: a day at its start, a month on its 15th, a year
 * on 1 July. A date known only to the month is thus not shown as if it were the 1st.
 */
export function eventInstant(date: string): number {
  const [y = 0, m = 7, d] = date.split('-').map(Number);
  const day = d ?? (date.length === 7 ? 15 : 1);
  return Date.UTC(y, m - 1, day);
}
