/**
 * Build time: turns query results (src/content.ts) into the island's serialisable props.
 * Dates are placed and formatted here, and the broken scale is decided here, so neither
 * d3-scale nor d3-time reaches the browser.
 */
import type { TimelineEntry } from '../content';
import { eventInstant } from '../lib/eventDate';
import { formatDateSpan } from '../lib/formatDate';
import { buildAxis } from './timelineScale';
import type { TimelineAxis } from '../lib/timeline/timelineAxis';
import { chartLanes } from '../lib/timeline/timelineLayout';
import type { EventView } from '../lib/timeline/timelineModel';
import { ORIGINAL } from '../site';

/** The op-ed's date as an instant: events after it form the timeline's "after the op-ed" stretch. */
export const OP_ED_INSTANT = eventInstant(ORIGINAL.date);

export function toEventView({ event: e, chapters }: TimelineEntry): EventView {
  return {
    id: e.id,
    anchor: e.anchor,
    main: e.main,
    afterOpEd: eventInstant(e.date) > OP_ED_INSTANT,
    t: eventInstant(e.date),
    tEnd: e.until === undefined ? undefined : eventInstant(e.until),
    date: e.date,
    dateLabel: formatDateSpan(e.date, e.until),
    title: e.title,
    summary: e.summary,
    note: e.note,
    factCheck: e.factCheck,
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
    chapters: chapters.map(({ chapter: c, href }) => ({ slug: c.slug, number: c.number, title: c.entry.data.shortTitle, href })),
  };
}

/**
 * The events of the slice (date order), its axis with the overview spanning `all`, the lanes
 * of its chart (decided here once: it costs several layouts) and its legend.
 */
export function timelineData(
  slice: readonly TimelineEntry[],
  all: readonly TimelineEntry[],
): { events: EventView[]; axis: TimelineAxis; lanes: number; legend: string } {
  const events = slice.map(toEventView);
  const axis = buildAxis(events, all.map(toEventView), OP_ED_INSTANT);
  return { events, axis, lanes: chartLanes(axis, events), legend: legendText(axis, new Set(events.map((e) => e.anchor)).size) };
}

/** How to read the chart and work it, in words (only what applies to this slice); fixed at build time. */
function legendText(axis: TimelineAxis, years: number): string {
  const breaks = axis.gaps.filter((g) => g.kind === 'break').length;
  const scale =
    breaks > 0
      ? 'Each stretch of the line is drawn to its own scale; the top strip shows where it falls in real time, and a break (≈) marks the years left out.'
      : `The line is drawn to scale; the top strip shows where it falls in ${axis.overview.label}.`;
  const keys = years > 1 ? 'use the arrow keys, Home and End; Page Up and Page Down jump a year.' : 'use the arrow keys, Home and End.';
  const after = axis.windows.some((w) => w.after) ? ' The tinted stretch holds events after the op-ed’s date.' : '';
  return `${scale}${after} Filled circles are each year’s main event; a small gold dot marks a fact check. A circle without its title on the chart shows it when you point at it or move to it. Choose an event, or ${keys}`;
}
