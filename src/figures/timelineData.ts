/**
 * Build time: turns query results (src/content.ts) into the island's serialisable props.
 * Dates are placed and formatted here, and the broken scale is decided here, so neither
 * d3-scale nor d3-time reaches the browser.
 */
import type { TimelineEntry } from '../content';
import { dictionary } from '../i18n';
import { eventInstant } from '../lib/eventDate';
import { fill } from '../lib/fill';
import { formatDateSpan } from '../lib/formatDate';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { buildAxis } from './timelineScale';
import type { TimelineAxis } from '../lib/timeline/timelineAxis';
import { chartLanes, serverRooms, type TimelineRoomSize } from '../lib/timeline/timelineLayout';
import { defaultSelection, detailsOf, markOf, type EventDetails, type EventMark, type EventView } from '../lib/timeline/timelineModel';
import { ORIGINAL } from '../site';

/** The op-ed's date as an instant: events after it form the timeline's "after the op-ed" stretch. */
export const OP_ED_INSTANT = eventInstant(ORIGINAL.date);

/** One event as the island receives it, its date written in `locale` (its words are the entry's). */
export function toEventView({ event: e, chapters }: TimelineEntry, locale: Locale = DEFAULT_LOCALE): EventView {
  return {
    id: e.id,
    anchor: e.anchor,
    main: e.main,
    afterOpEd: eventInstant(e.date) > OP_ED_INSTANT,
    t: eventInstant(e.date),
    tEnd: e.until === undefined ? undefined : eventInstant(e.until),
    date: e.date,
    dateLabel: formatDateSpan(e.date, e.until, { locale }),
    title: e.title,
    summary: e.summary,
    note: e.note,
    factCheck: e.factCheck,
    checked: e.factCheck !== undefined,
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
    chapters: chapters.map(({ chapter: c, href }) => ({ slug: c.slug, number: c.number, title: c.entry.data.shortTitle, href })),
  };
}

/**
 * The events of the slice (date order, whole, for the list; as marks, for the island), the
 * event open at first and its words (the island's only copy of any event's words: it reads
 * the others from the list when they are opened), its axis with the overview spanning `all`, the lanes
 * of its chart (decided here once: it costs several layouts), its legend, and the figure's
 * words: its caption ("Timeline, 2019 and 2021") and the listbox's name ("Events, 2019 to 2021").
 * Everything in `locale` (the page's language).
 */
export function timelineData(
  slice: readonly TimelineEntry[],
  all: readonly TimelineEntry[],
  locale: Locale = DEFAULT_LOCALE,
): {
  events: EventView[];
  marks: EventMark[];
  initialId: string;
  initialDetails: EventDetails | null;
  axis: TimelineAxis;
  lanes: number;
  rooms: TimelineRoomSize[];
  legend: string;
  caption: string;
  listboxLabel: string;
} {
  const events = slice.map((entry) => toEventView(entry, locale));
  const axis = buildAxis(
    events,
    all.map((entry) => toEventView(entry, locale)),
    OP_ED_INSTANT,
    locale,
  );
  const years = [...new Set(events.map((e) => e.anchor))];
  const lanes = chartLanes(axis, events);
  const initialId = defaultSelection(events);
  const initial = events.find((e) => e.id === initialId);
  return {
    events,
    marks: events.map(markOf),
    initialId,
    initialDetails: initial ? detailsOf(initial) : null,
    axis,
    lanes,
    // The sizes of the drawings the server sends empty: laid out here, once, not in every browser.
    rooms: serverRooms(axis, events, lanes),
    legend: legendText(axis, years.length, locale),
    ...figureWords(years, locale),
  };
}

/**
 * The caption of a figure showing these anchor years, and its listbox's name: two years are
 * named ("2019 and 2021"), more make a span ("1848 to 2026"); the listbox always names a span.
 */
export function figureWords(years: readonly number[], locale: Locale = DEFAULT_LOCALE): { caption: string; listboxLabel: string } {
  const words = dictionary(locale).timeline.figure;
  const first = String(years[0]);
  const last = String(years.at(-1));
  const span = years.length > 1 ? fill(words.span, { first, last }) : first;
  const named = years.length > 2 ? span : years.length === 2 ? fill(words.pair, { first, second: last }) : first;
  return { caption: fill(words.caption, { years: named }), listboxLabel: fill(words.listbox, { span }) };
}

/** How to read the chart and work it, in words (only what applies to this slice); fixed at build time. */
function legendText(axis: TimelineAxis, years: number, locale: Locale): string {
  const words = dictionary(locale).timeline.legend;
  const breaks = axis.gaps.filter((g) => g.kind === 'break').length;
  return [
    breaks > 0 ? words.broken : fill(words.toScale, { span: axis.overview.label }),
    ...(axis.windows.some((w) => w.after) ? [words.after] : []),
    words.marks,
    years > 1 ? words.keysYears : words.keysOneYear,
  ].join(' ');
}
