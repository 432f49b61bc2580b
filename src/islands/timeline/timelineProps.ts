/**
 * Build time: turns query results (src/content.ts) into the island's serialisable props.
 * Dates are placed and formatted here, and the broken scale is decided here, so neither
 * d3-scale nor d3-time-format reaches the browser.
 */
import type { TimelineEntry } from '../../content';
import { eventInstant, formatEventDate } from '../../lib/eventDate';
import { buildAxis, type TimelineAxis } from './timelineScale';
import type { EventView } from './timelineModel';

export function toEventView({ event: e, chapters }: TimelineEntry): EventView {
  return {
    id: e.id,
    anchor: e.anchor,
    main: e.main,
    t: eventInstant(e.date),
    tEnd: e.until === undefined ? undefined : eventInstant(e.until),
    date: e.date,
    dateLabel: formatEventDate(e.date, e.until),
    title: e.title,
    summary: e.summary,
    note: e.note,
    factCheck: e.factCheck,
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
    chapters: chapters.map((c) => ({ slug: c.slug, number: c.number, title: c.entry.data.shortTitle, href: c.href })),
  };
}

/** The events of the slice (date order) and its axis, with the overview spanning `all`. */
export function timelineData(slice: readonly TimelineEntry[], all: readonly TimelineEntry[]): { events: EventView[]; axis: TimelineAxis } {
  const events = slice.map(toEventView);
  return { events, axis: buildAxis(events, all.map(toEventView)) };
}
