/**
 * The honest broken time scale, decided at build time with D3.
 *
 * The events cluster in a few stretches of time (1848; 1937–38; 2010–14; 2019–22) separated
 * by decades. One linear axis would crush 2019–22 into a few pixels; a plain list would hide
 * the gaps. So the axis is cut into windows, each a linear UTC time scale over whole years
 * (scaleUtc().nice(utcYear)), with a labelled break ("88 years") between windows, and an
 * overview strip that shows the whole span at true scale with each window marked on it.
 *
 * This module runs only at build time: scaleUtc alone would cost the island about 13 KB
 * gzipped. The browser receives the result (numbers and labels) and maps a date inside a
 * window with plain arithmetic (lib/timeline/timelineLayout.ts).
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { formatDate } from '../lib/formatDate';
import { fill } from '../lib/fill';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { dictionary } from '../i18n';
import type { AxisWindow, TimedItem, TimelineAxis } from '../lib/timeline/timelineAxis';

const DAY = 86_400_000;
/** A year boundary's label, "1848". */
const yearLabelIn =
  (locale: Locale) =>
  (d: Date): string =>
    formatDate(String(d.getUTCFullYear()), { precision: 'year', locale });

/** Whole years around [first, last], so the windows start and end on a year boundary. */
function niceYears(first: number, last: number): [number, number] {
  const [a, b] = scaleUtc()
    .domain([first, last + DAY])
    .nice(utcYear)
    .domain();
  return [Number(a), Number(b)];
}

function extentOf(items: readonly TimedItem[]): [number, number] {
  const ts = items.flatMap((e) => (e.tEnd === undefined ? [e.t] : [e.t, e.tEnd]));
  return [Math.min(...ts), Math.max(...ts)];
}

/**
 * Cuts the window that holds `at` in two, so the events after the op-ed read as a stretch of
 * their own; only when events fall on both sides (a slice wholly after it is simply "after").
 */
function splitAt(spans: [number, number][], at: number, items: readonly TimedItem[]): { start: number; end: number; after: boolean }[] {
  return spans.flatMap(([start, end]) => {
    const inside = items.filter((e) => e.t >= start && e.t < end);
    const before = inside.some((e) => e.t <= at);
    const after = inside.some((e) => e.t > at);
    if (at > start && at < end && before && after)
      return [
        { start, end: at + DAY, after: false },
        { start: at + DAY, end, after: true },
      ];
    return [{ start, end, after: before ? false : start >= at || after }];
  });
}

/**
 * The windows for `items` (the events shown), merging anchor years whose whole-year spans touch
 * (2019–20, 2021 and 2022 share one window, so their spacing stays true), cut at `opEd` (the
 * op-ed's date: later events form the "after the op-ed" stretch), and an overview over `all`
 * events, so a slice still shows where it sits in the whole span. Labels in `locale`'s words.
 */
export function buildAxis(
  items: readonly TimedItem[],
  all: readonly TimedItem[] = items,
  opEd = Infinity,
  locale: Locale = DEFAULT_LOCALE,
): TimelineAxis {
  const words = dictionary(locale).timeline.axis;
  const yearLabel = yearLabelIn(locale);
  const anchors = [...new Set(items.map((e) => e.anchor))].sort((a, b) => a - b);
  const spans = anchors.map((y) => niceYears(...extentOf(items.filter((e) => e.anchor === y)))).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }

  const windows = splitAt(merged, opEd, items).map(({ start, end, after }): AxisWindow => {
    // A window cut at the op-ed starts or ends inside a year: that year is labelled where
    // most of it lies, and its ticks stop at the cut.
    const years = utcYear.range(utcYear.floor(new Date(start)), new Date(end)).map((y) => ({
      start: Math.max(Number(y), start),
      end: Math.min(Number(utcYear.offset(y, 1)), end),
      label: yearLabel(y),
      anchor: anchors.includes(y.getUTCFullYear()),
    }));
    const every = years.length <= 2 ? 1 : 3;
    const minor = utcMonth
      .every(every)!
      .range(new Date(start), new Date(end))
      .map(Number)
      .filter((t) => new Date(t).getUTCMonth() !== 0);
    return { start, end, after, years, minor };
  });

  const gaps = windows.slice(1).map((w, i): TimelineAxis['gaps'][number] => {
    if (w.after && !windows[i]?.after) return { kind: 'split', years: 0, label: words.afterOpEd, rowLabel: words.afterOpEd };
    const years = utcYear.count(new Date(windows[i]?.end ?? w.start), new Date(w.start));
    const label = fill(years === 1 ? words.yearsOne : words.yearsMany, { n: years });
    return { kind: 'break', years, label, rowLabel: fill(years === 1 ? words.yearsOneLater : words.yearsManyLater, { n: years }) };
  });

  const [os, oe] = niceYears(...extentOf(all));
  const ticks = scaleUtc()
    .domain([os, oe])
    .ticks(4)
    .map((d) => ({ t: Number(d), label: yearLabel(d) }));
  const label = `${yearLabel(new Date(os))}–${yearLabel(utcYear.offset(new Date(oe), -1))}`;
  return { windows, gaps, overview: { start: os, end: oe, label, ticks } };
}
