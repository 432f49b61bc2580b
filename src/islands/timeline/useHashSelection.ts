import { useEffect, useRef } from 'react';
import { eventForHash, type EventMark } from '../../lib/timeline/timelineModel';

/**
 * On the full timeline page the address names the open event ("#mexico-grants-asylum", or
 * "#y2019" for a year's main event): read it once hydrated and whenever it changes, so a
 * shared link or an in-page link opens that event.
 */
export function useHashSelection(enabled: boolean, events: readonly EventMark[], open: (id: string) => void): void {
  // The latest callback, without re-reading the hash each time it changes identity.
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    if (!enabled) return;
    const read = (): void => {
      const id = eventForHash(events, location.hash);
      if (id) latest.current(id);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [enabled, events]);
}
