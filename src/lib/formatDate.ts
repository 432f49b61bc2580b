/**
 * The one way the site writes a date for reading, through Intl.DateTimeFormat, so another
 * language is a locale argument rather than new code. Dates come as the content normalises
 * them: "1848" (a year), "1937-11" (a month), "2021-07-24" (a day); each reads to its
 * precision ("1848", "November 1937", "24 July 2021"). Pure, and small enough for the
 * browser (the map island formats the day its slider shows).
 */
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './locales';

export type DatePrecision = 'year' | 'month' | 'day';

/** What an ISO date is known to: "1848" a year, "1937-11" a month, "2021-07-24" a day. */
export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export interface DateFormatOptions {
  locale?: Locale | undefined;
  /** How much to write; by default what the ISO date is known to. */
  precision?: DatePrecision | undefined;
  /** 'short' for the map's ticks ("13 Apr"). */
  month?: 'long' | 'short' | undefined;
  /** false leaves the year out ("13 Apr", "28 May"): a tick, the first half of a span. */
  year?: boolean | undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(fields)}`;
  let f = formats.get(key);
  if (!f) {
    // UTC: an ISO day is a calendar day, not an instant; formatting it in the reader's zone
    // could move it back a day.
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...fields, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** The calendar day an ISO date starts on, at midnight UTC ("1937-11" → 1 November 1937). */
function utcDay(date: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fieldsFor(precision: DatePrecision, month: 'long' | 'short', year: boolean): Intl.DateTimeFormatOptions {
  return {
    ...(precision === 'day' ? { day: 'numeric' } : {}),
    ...(precision !== 'year' ? { month } : {}),
    ...(year ? { year: 'numeric' } : {}),
  };
}

/** "2011-12-03" → "3 December 2011"; "2026-01" → "January 2026"; "1977" → "1977". */
export function formatDate(
  date: string,
  { locale = DEFAULT_LOCALE, precision = datePrecision(date), month = 'long', year = true }: DateFormatOptions = {},
): string {
  return formatter(locale, fieldsFor(precision, month, year)).format(utcDay(date));
}

/**
 * A date or a span for reading. English follows the house style (British, en dash, the
 * shared month and year written once): "18–20 April 2022", "28 May – 9 June 1937",
 * "2 February 1848". Other languages take Intl's own range format.
 */
export function formatDateSpan(date: string, until?: string, { locale = DEFAULT_LOCALE }: { locale?: Locale } = {}): string {
  if (!until) return formatDate(date, { locale });
  const precision = datePrecision(date);
  const sameYear = date.slice(0, 4) === until.slice(0, 4);
  if (locale !== DEFAULT_LOCALE) {
    return formatter(locale, fieldsFor(precision === datePrecision(until) ? precision : 'year', 'long', true)).formatRange(
      utcDay(date),
      utcDay(until),
    );
  }
  if (precision !== 'day' || datePrecision(until) !== 'day' || !sameYear) return `${formatDate(date)} – ${formatDate(until)}`;
  if (date.slice(0, 7) === until.slice(0, 7)) return `${formatter(locale, { day: 'numeric' }).format(utcDay(date))}–${formatDate(until)}`;
  return `${formatDate(date, { year: false })} – ${formatDate(until)}`;
}
