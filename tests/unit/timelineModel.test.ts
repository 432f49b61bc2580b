import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { timelineEventSchema } from '../../src/schemas/timelineEvent';
import { eventInstant, formatEventDate } from '../../src/lib/eventDate';
import { buildAxis } from '../../src/islands/timeline/timelineScale';
import { ANCHOR_YEARS } from '../../src/schemas/anchorYears';
import { fitText, layoutTimeline, spread, ROW_TARGET, TARGET, type TimelineLayout } from '../../src/islands/timeline/timelineLayout';
import { actionForKey, defaultSelection, eventForHash, hashForEvent, orientationFor, sharedDate, step } from '../../src/islands/timeline/timelineModel';
import { dateFromSearch, withDate } from '../../src/lib/selectedDate';

const utc = (s: string): number => Date.parse(`${s}T00:00:00Z`);

// The real events, placed as the island receives them (timelineProps.ts without chapters).
const events = (parse(readFileSync('content/timeline/events.yaml', 'utf8')) as unknown[])
  .map((raw) => timelineEventSchema.parse(raw))
  .map((e) => ({
    id: e.id,
    anchor: e.anchor,
    main: e.main,
    t: eventInstant(e.date),
    tEnd: e.until === undefined ? undefined : eventInstant(e.until),
    dateLabel: formatEventDate(e.date, e.until),
    title: e.title,
  }))
  .sort((a, b) => a.t - b.t);
const OP_ED = utc('2022-04-13');
const axis = buildAxis(events, events, OP_ED);

/** Touch-target boxes of every marker; vertical rows are as wide as the chart. */
function boxes(l: TimelineLayout): { id: string; x0: number; x1: number; y0: number; y1: number }[] {
  return l.markers.map((m) => {
    const h = l.orientation === 'vertical' ? ROW_TARGET : TARGET;
    const w = l.orientation === 'vertical' ? l.width - 8 - (m.x - TARGET / 2) : TARGET;
    return { id: m.id, x0: m.x - TARGET / 2, x1: m.x - TARGET / 2 + w, y0: m.y - h / 2, y1: m.y + h / 2 };
  });
}

function overlaps(l: TimelineLayout): string[] {
  const b = boxes(l);
  const out: string[] = [];
  for (let i = 0; i < b.length; i++)
    for (let j = i + 1; j < b.length; j++) {
      const [p, q] = [b[i]!, b[j]!];
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) out.push(`${p.id} × ${q.id}`);
    }
  return out;
}

describe('event dates', () => {
  it('places a day at its start, a month on its 15th and a year on 1 July', () => {
    expect(eventInstant('2021-07-24')).toBe(utc('2021-07-24'));
    expect(eventInstant('1937-11')).toBe(utc('1937-11-15'));
    expect(eventInstant('1848')).toBe(utc('1848-07-01'));
  });

  it('reads dates and spans in British style with en dashes', () => {
    expect(formatEventDate('1848-02-02')).toBe('2 February 1848');
    expect(formatEventDate('1937-11')).toBe('November 1937');
    expect(formatEventDate('2022-04-18', '2022-04-20')).toBe('18–20 April 2022');
    expect(formatEventDate('1937-05-28', '1937-06-09')).toBe('28 May – 9 June 1937');
  });
});

describe('the broken scale', () => {
  it('cuts the span into whole-year windows with the long gaps left out and labelled', () => {
    const years = axis.windows.map((w) => [new Date(w.start).getUTCFullYear(), new Date(w.end).getUTCFullYear()]);
    expect(years.slice(0, 3)).toEqual([[1848, 1849], [1937, 1939], [2010, 2015]]);
    expect(axis.gaps.slice(0, 3).map((g) => g.label)).toEqual(['88 years', '71 years', '4 years']);
  });

  it('keeps 2019, 2021 and 2022 in one window up to the op-ed, so their spacing stays true', () => {
    const w = axis.windows.at(-2)!;
    expect(w.after).toBe(false);
    expect(w.end).toBe(OP_ED + 86_400_000);
    expect(w.years.filter((y) => y.anchor).map((y) => y.label)).toEqual(['2019', '2021', '2022']);
  });

  it('draws the events after the op-ed as a stretch of their own, cut at its date with no years left out', () => {
    const after = axis.windows.at(-1)!;
    expect(after.after).toBe(true);
    expect(after.start).toBe(OP_ED + 86_400_000);
    expect(axis.gaps.at(-1)).toEqual({ kind: 'split', years: 0, label: 'After the op-ed' });
    const later = events.filter((e) => e.t > OP_ED);
    expect(later.length).toBeGreaterThanOrEqual(10);
    for (const e of later) expect(e.t >= after.start && e.t < after.end, e.id).toBe(true);
  });

  it('marks a slice wholly after the op-ed as after, with no split', () => {
    const slice = buildAxis(events.filter((e) => e.anchor >= 2023), events, OP_ED);
    expect(slice.windows.every((w) => w.after)).toBe(true);
    expect(slice.gaps.every((g) => g.kind === 'break')).toBe(true);
  });

  it('spans the whole history in the overview, even for a slice', () => {
    const slice = buildAxis(events.filter((e) => e.anchor === 2019), events, OP_ED);
    expect(slice.windows).toHaveLength(1);
    const last = new Date(Math.max(...events.map((e) => e.tEnd ?? e.t))).getUTCFullYear();
    expect(slice.overview.label).toBe(`1848–${last}`);
    expect(slice.overview.ticks.map((t) => t.label)).toEqual(['1850', '1900', '1950', '2000']);
  });
});

describe('layout', () => {
  it('spreads crowded positions to the minimum gap, inside the bounds, keeping their order', () => {
    expect(spread([10, 10, 10], 30, 0, 100)).toEqual([10, 40, 70]);
    expect(spread([95, 96], 30, 0, 100)).toEqual([70, 100]);
    expect(spread([5, 50], 30, 20, 100)).toEqual([20, 50]);
  });

  it.each([
    [320, 'vertical'],
    [390, 'vertical'],
    [719, 'vertical'],
    [720, 'horizontal'],
    [1024, 'horizontal'],
    [1280, 'horizontal'],
  ] as const)('no two markers overlap at %i px (%s)', (width, orientation) => {
    expect(orientationFor(width)).toBe(orientation);
    const l = layoutTimeline(axis, events, width, orientation);
    expect(l.markers).toHaveLength(events.length);
    expect(overlaps(l)).toEqual([]);
  });

  it.each([320, 1280])('keeps every marker and target inside the drawing at %i px', (width) => {
    const l = layoutTimeline(axis, events, width, orientationFor(width));
    for (const b of boxes(l)) {
      expect(b.x0, b.id).toBeGreaterThanOrEqual(0);
      expect(b.x1, b.id).toBeLessThanOrEqual(l.width);
      expect(b.y0, b.id).toBeGreaterThanOrEqual(l.detailTop ?? 40);
      expect(b.y1, b.id).toBeLessThanOrEqual(l.height);
    }
  });

  it('keeps the same height at every width of an orientation, so hydrating moves nothing below', () => {
    const heights = (o: 'horizontal' | 'vertical', widths: number[]) => new Set(widths.map((w) => layoutTimeline(axis, events, w, o).height));
    expect(heights('vertical', [280, 320, 390, 600, 719]).size).toBe(1);
    expect(heights('horizontal', [720, 900, 1024, 1280, 1600]).size).toBe(1);
  });

  it('gives every touch target at least 24 × 24 px', () => {
    expect(TARGET).toBeGreaterThanOrEqual(24);
    expect(ROW_TARGET).toBeGreaterThanOrEqual(24);
  });

  it('draws markers in date order along the axis, each with a leader to its true date', () => {
    const l = layoutTimeline(axis, events, 1280, 'horizontal');
    const feet = l.markers.map((m) => m.ax);
    expect(feet).toEqual([...feet].sort((a, b) => a - b));
    const ys = layoutTimeline(axis, events, 390, 'vertical').markers.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('always labels every anchor year on the axis', () => {
    for (const width of [320, 720, 1280]) {
      const l = layoutTimeline(axis, events, width, orientationFor(width));
      const labels = new Set(l.windows.flatMap((w) => w.labels.filter((x) => x.anchor).map((x) => x.text)));
      expect([...labels]).toEqual(ANCHOR_YEARS.map(String));
    }
  });

  it('fits long titles at a word boundary with an ellipsis', () => {
    expect(fitText('Cárdenas expropriates the foreign oil companies', 24)).toBe('Cárdenas expropriates…');
    expect(fitText('Bolivia goes to the polls', 40)).toBe('Bolivia goes to the polls');
  });
});

describe('selection and stepping', () => {
  const ids = events.map((e) => e.id);

  it('opens on the first anchor year’s main event', () => {
    expect(defaultSelection(events)).toBe('treaty-of-guadalupe-hidalgo');
  });

  it('steps to the next and previous event, and stops at the ends', () => {
    expect(step(events, ids[0]!, 'next')).toBe(ids[1]);
    expect(step(events, ids[1]!, 'prev')).toBe(ids[0]);
    expect(step(events, ids[0]!, 'prev')).toBe(ids[0]);
    expect(step(events, ids.at(-1)!, 'next')).toBe(ids.at(-1));
  });

  it('jumps to the first and last events (Home, End)', () => {
    expect(step(events, 'celac-founded', 'first')).toBe(ids[0]);
    expect(step(events, 'celac-founded', 'last')).toBe(ids.at(-1));
  });

  it('jumps a year to that year’s main event (Page Down, Page Up)', () => {
    expect(step(events, 'treaty-ratified', 'nextYear')).toBe('oil-labour-award');
    expect(step(events, 'oil-labour-award', 'prevYear')).toBe('treaty-of-guadalupe-hidalgo');
    expect(step(events, 'lithium-law', 'prevYear')).toBe('celac-summit-mexico-city');
    expect(step(events, 'bicentennial-action-plan', 'nextYear')).toBe('brazil-returns-to-celac');
  });

  it('maps keys to actions the WAI-ARIA listbox way', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Enter', ' ', 'a'].map(actionForKey)).toEqual([
      'next', 'next', 'prev', 'prev', 'first', 'last', 'nextYear', 'prevYear', 'select', 'select', null,
    ]);
  });
});

describe('addresses', () => {
  it('reads an event id or an anchor year from the hash', () => {
    expect(eventForHash(events, '#mexico-grants-asylum')).toBe('mexico-grants-asylum');
    expect(eventForHash(events, '#y2019')).toBe('oas-audit-morales-resigns');
    expect(eventForHash(events, '#y1999')).toBeNull();
    expect(eventForHash(events, '#main')).toBeNull();
    expect(eventForHash(events, '')).toBeNull();
    expect(hashForEvent('celac-founded')).toBe('#celac-founded');
  });

  it('shares a day-precise ISO date whatever the event’s precision', () => {
    expect(sharedDate({ t: eventInstant('1937-11') })).toBe('1937-11-15');
  });

  it('keeps the selected date in ?date=, leaving other parameters and the hash alone', () => {
    expect(withDate('https://x.org/chapters/a/?present&slide=2#top', '2019-11-10')).toBe('https://x.org/chapters/a/?present&slide=2&date=2019-11-10#top');
    expect(dateFromSearch('?date=2019-11-10')).toBe('2019-11-10');
    expect(dateFromSearch('?date=2019-13-10')).toBeNull();
  });
});
