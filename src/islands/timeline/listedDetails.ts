import type { EventDetails } from '../../lib/timeline/timelineModel';

/**
 * The words of event `id` as the figure's list prints them (components/TimelineList.astro,
 * which marks them with data-summary, data-note, data-fact-check and data-source), or null
 * when the list has no item for it. The page carries each event's words once, in that list;
 * the island's props carry only the marks, so the island reads an event's words here when it
 * is opened. Browser only: it reads the DOM.
 */
export function listedDetails(within: Element | null, id: string): EventDetails | null {
  const item = within?.querySelector(`.tl-list li[data-event="${CSS.escape(id)}"]`);
  if (!item) return null;
  const text = (selector: string): string | undefined => item.querySelector(selector)?.textContent ?? undefined;
  return {
    summary: text('[data-summary]') ?? '',
    note: text('[data-note]'),
    factCheck: text('[data-fact-check]'),
    sources: [...item.querySelectorAll('a[data-source]')].map((a) => ({ title: a.textContent ?? '', url: a.getAttribute('href') ?? '' })),
  };
}
