import { SELECTED_DATE_EVENT } from '../lib/selectedDate';

/**
 * Calls `changed` whenever a figure's state in the address may have changed: the map's date
 * or the timeline's event (both publish the day through lib/selectedDate.ts), a new hash (a
 * link, the reader editing the address). The timeline writes its hash just after it
 * publishes, so the call waits for the current task to end before anyone reads the address.
 */
export function onFigureStateChange(changed: () => void): void {
  const later = (): void => void setTimeout(changed, 0);
  window.addEventListener(SELECTED_DATE_EVENT, later);
  window.addEventListener('hashchange', later);
}
