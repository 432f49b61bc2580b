import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { publish, subscribe } from '../../lib/selectedDate';
import { dateFromSearch } from '../../lib/urls';

/**
 * The shown date, kept in step with the address (?date=YYYY-MM-DD, so a shared link shows the
 * same map) and with any date published from outside (lib/selectedDate.ts: the timeline, or
 * present mode stepping through the key dates). The server renders `initial` (the article's
 * date); the address's date, if any, replaces it once hydrated, so a date published (with its
 * address) before the island woke up is not lost. `onOutside` hears the dates from outside.
 */
export function useMapDate(initial: string, onOutside?: (date: string) => void): [date: string, choose: (date: string) => void] {
  const [date, setDate] = useState(initial);
  const heard = useEffectEvent((next: string) => onOutside?.(next));
  useEffect(() => {
    const fromAddress = dateFromSearch(location.search);
    // The server has no address: it is read once hydrated, so the first render matches the HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- two-pass render for the address
    if (fromAddress) setDate(fromAddress);
    return subscribe((next) => {
      setDate(next);
      heard(next);
    });
  }, []);
  const choose = useCallback((next: string) => {
    setDate(next);
    publish(next);
  }, []);
  return [date, choose];
}

/**
 * Play through the date steps, one every 1.6 s (3 s when the reader prefers reduced motion,
 * which also turns off the colour transitions in membershipMap.css); stops at the last step.
 */
export function usePlayback(count: number, index: number, goTo: (index: number) => void): [playing: boolean, toggle: () => void] {
  const [playing, setPlaying] = useState(false);
  // Reaching the last step stops playback (set while rendering, so no frame shows "Pause" there).
  if (playing && index >= count - 1) setPlaying(false);
  useEffect(() => {
    if (!playing || index >= count - 1) return undefined;
    const slow = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const timer = setTimeout(() => goTo(index + 1), slow ? 3000 : 1600);
    return () => clearTimeout(timer);
  }, [playing, index, count, goTo]);
  const toggle = useCallback(() => {
    if (!playing && index >= count - 1) goTo(0);
    setPlaying(!playing);
  }, [playing, index, count, goTo]);
  return [playing, toggle];
}
