/**
 * What the offline worker (integrations/offlineWorker.ts, at build time) and the "Save for
 * offline" control (scripts/offlineControl.ts, in the browser) agree on.
 */

/** The prefix of the worker's cache names, so the page can find its precache and count it. */
export const OFFLINE_CACHE_ID = 'celac-oas';

/** What saving the site downloads (lib/urls.ts OFFLINE_SUMMARY_PATH): the precache list's length and size. */
export interface OfflineSummary {
  files: number;
  bytes: number;
}
