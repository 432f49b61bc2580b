/**
 * The date the reader has picked, shared between islands: the timeline publishes it, the
 * membership map (issue 4) follows it. It lives in three places that stay in step:
 *
 * - in memory, for `getSelectedDate()`;
 * - as a window event, so islands bundled apart (separate chunks, even separate copies of
 *   this module) still hear each other;
 * - in the URL as `?date=YYYY-MM-DD` (history.replaceState, other parameters and the hash
 *   kept; spelt in lib/urls.ts), so a shared or reloaded link carries it.
 *
 * Usage (an island):
 *   useEffect(() => subscribe((date) => setYear(Number(date.slice(0, 4)))), []);
 *   publish('2019-11-10');
 */

import { dateFromSearch, isIsoDay, withDate } from './urls';

/** The window event name; detail is the ISO day. */
export const SELECTED_DATE_EVENT = 'explainer:selected-date';

let current: string | null = null;

/** The selected date: the last one published, else the page URL's, else null. */
export function getSelectedDate(): string | null {
  if (current) return current;
  return typeof location === 'undefined' ? null : dateFromSearch(location.search);
}

/** Shares a newly selected ISO day with every subscriber and writes it into the URL. */
export function publish(date: string, { url = true }: { url?: boolean } = {}): void {
  if (!isIsoDay(date)) throw new Error(`selectedDate.publish: "${date}" is not an ISO day (YYYY-MM-DD)`);
  if (typeof window === 'undefined') return;
  current = date;
  if (url) history.replaceState(history.state, '', withDate(location.href, date));
  window.dispatchEvent(new CustomEvent<string>(SELECTED_DATE_EVENT, { detail: date }));
}

/** Calls `listener` with every date published from now on; returns the unsubscribe function. */
export function subscribe(listener: (date: string) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onEvent = (e: Event): void => {
    const date = (e as CustomEvent<unknown>).detail;
    if (isIsoDay(date)) {
      current = date;
      listener(date);
    }
  };
  window.addEventListener(SELECTED_DATE_EVENT, onEvent);
  return () => window.removeEventListener(SELECTED_DATE_EVENT, onEvent);
}
