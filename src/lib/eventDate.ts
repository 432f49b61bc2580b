/**
 * Event dates as the schema normalises them ("1848", "1937-11", "2021-07-24"): where they sit
 * in time and how they read. Build-time only (it pulls in d3-time-format); the island gets
 * the results as numbers and strings.
 */
import { utcFormat } from 'd3-time-format';

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * The instant (ms, UTC) an event is drawn at: a day at its start, a month on its 15th, a year
 * on 1 July. A date known only to the month is thus not shown as if it were the 1st.
 */
export function eventInstant(date: string): number {
  const [y = 0, m = 7, d] = date.split('-').map(Number);
  const day = d ?? (date.length === 7 ? 15 : 1);
  return Date.UTC(y, m - 1, day);
}

const dayMonthYear = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const day = utcFormat('%-d');
const monthYear = utcFormat('%B %Y');

/** A date for reading: "24 July 2021", "November 1937", "1848". */
function formatOne(date: string): string {
  const p = datePrecision(date);
  const t = new Date(eventInstant(date));
  return p === 'day' ? dayMonthYear(t) : p === 'month' ? monthYear(t) : date;
}

/**
 * A date or span for reading, in British style with an en dash: "18–20 April 2022",
 * "28 May – 9 June 1937", "2 February 1848".
 */
export function formatEventDate(date: string, until?: string): string {
  if (!until) return formatOne(date);
  const [a, b] = [new Date(eventInstant(date)), new Date(eventInstant(until))];
  if (datePrecision(date) !== 'day' || datePrecision(until) !== 'day' || a.getUTCFullYear() !== b.getUTCFullYear()) {
    return `${formatOne(date)} – ${formatOne(until)}`;
  }
  if (a.getUTCMonth() === b.getUTCMonth()) return `${day(a)}–${dayMonthYear(b)}`;
  return `${dayMonth(a)} – ${dayMonthYear(b)}`;
}

