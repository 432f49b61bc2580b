import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { timelineEventSchema } from '../../src/schemas/timelineEvent';
import { eventInstant } from '../../src/lib/eventDate';
import { formatDateSpan } from '../../src/lib/formatDate';
import { buildAxis } from '../../src/figures/timelineScale';
import { ANCHOR_YEARS } from '../../src/lib/anchorYears';
import {
  flagLines,
  layoutTimeline,
  spread,
  PHONE_WIDTH,
  TARGET,
  TYPE,
  type Box,
  type TimelineLayout,
} from '../../src/lib/timeline/timelineLayout';
import { textWidth, wrapText } from '../../src/lib/timeline/textMetrics';
import {
  actionForKey,
  defaultSelection,
  DENSE_MIN_WIDTH,
  eventForHash,
  orientationFor,
  sharedDate,
  step,
} from '../../src/lib/timeline/timelineModel';

const utc = (s: string): number => Date.parse(`${s}T00:00:00Z`);

// The real events, placed as the island receives them (src/figures/timelineData.ts without chapters).
const events = (parse(readFileSync('content/timeline/events.yaml', 'utf8')) as unknown[])
  .map((raw) => timelineEventSchema.parse(raw))
  .map((e) => ({
    id: e.id,
    anchor: e.anchor,
    main: e.main,
    t: eventInstant(e.date),
    tEnd: e.until === undefined ? undefined : eventInstant(e.until),
    dateLabel: formatDateSpan(e.date, e.until),
    title: e.title,
  }))
  .sort((a, b) => a.t - b.t);
const OP_ED = utc('2022-04-13');
const axis = buildAxis(events, events, OP_ED);

/** Every option's box: its touch target (marker and title; a whole row when vertical). */
function boxes(l: TimelineLayout): (Box & { id: string })[] {
  return l.markers.map((m) => ({ id: m.id, ...m.hit }));
}

const meet = (p: Box, q: Box): boolean => p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;

function overlaps(list: readonly (Box & { id: string })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) if (meet(list[i]!, list[j]!)) out.push(`${list[i]!.id} × ${list[j]!.id}`);
  return out;
}

/** The titles drawn on a horizontal chart, as boxes. */
function titleBoxes(l: TimelineLayout): (Box & { id: string })[] {
  return l.markers.flatMap((m) => {
    const t = m.label;
    if (!t) return [];
    const x0 = t.anchor === 'start' ? t.x : t.x - t.width;
    const h = (t.lines.length * t.lineHeight) / 2;
    return [{ id: m.id, x0, x1: x0 + t.width, y0: m.y - h, y1: m.y + h }];
  });
}

/** The marker squares, as boxes. */
const markerBoxes = (l: TimelineLayout) =>
  l.markers.map((m) => ({ id: m.id, x0: m.x - TARGET / 2, x1: m.x + TARGET / 2, y0: m.y - TARGET / 2, y1: m.y + TARGET / 2 }));

describe('event dates', () => {
  it('places a day at its start, a month on its 15th and a year on 1 July', () => {
    expect(eventInstant('2021-07-24')).toBe(utc('2021-07-24'));
    expect(eventInstant('1937-11')).toBe(utc('1937-11-15'));
    expect(eventInstant('1848')).toBe(utc('1848-07-01'));
  });

  it('reads dates and spans in British style with en dashes', () => {
    expect(formatDateSpan('1848-02-02')).toBe('2 February 1848');
    expect(formatDateSpan('1937-11')).toBe('November 1937');
    expect(formatDateSpan('2022-04-18', '2022-04-20')).toBe('18–20 April 2022');
    expect(formatDateSpan('1937-05-28', '1937-06-09')).toBe('28 May – 9 June 1937');
  });
});

describe('the broken scale', () => {
  it('cuts the span into whole-year windows with the long gaps left out and labelled', () => {
    const years = axis.windows.map((w) => [new Date(w.start).getUTCFullYear(), new Date(w.end).getUTCFullYear()]);
    expect(years.slice(0, 3)).toEqual([
      [1848, 1849],
      [1937, 1939],
      [2010, 2015],
    ]);
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
    expect(axis.gaps.at(-1)).toEqual({ kind: 'split', years: 0, label: 'After the op-ed', rowLabel: 'After the op-ed' });
    const later = events.filter((e) => e.t > OP_ED);
    expect(later.length).toBeGreaterThanOrEqual(10);
    for (const e of later) expect(e.t >= after.start && e.t < after.end, e.id).toBe(true);
  });

  it('marks a slice wholly after the op-ed as after, with no split', () => {
    const slice = buildAxis(
      events.filter((e) => e.anchor >= 2023),
      events,
      OP_ED,
    );
    expect(slice.windows.every((w) => w.after)).toBe(true);
    expect(slice.gaps.every((g) => g.kind === 'break')).toBe(true);
  });

  it('spans the whole history in the overview, even for a slice', () => {
    const slice = buildAxis(
      events.filter((e) => e.anchor === 2019),
      events,
      OP_ED,
    );
    expect(slice.windows).toHaveLength(1);
    const last = new Date(Math.max(...events.map((e) => e.tEnd ?? e.t))).getUTCFullYear();
    expect(slice.overview.label).toBe(`1848–${last}`);
    expect(slice.overview.ticks.map((t) => t.label)).toEqual(['1850', '1900', '1950', '2000']);
  });
});

describe('layout', () => {
  // The whole timeline gets the chart from DENSE_MIN_WIDTH; a chapter's slice from 720 px.
  const slices = [[1848], [1937], [2011], [2019], [2021], [2022], [2021, 2022], [2023, 2024, 2025, 2026]].map((years) => {
    const slice = events.filter((e) => years.includes(e.anchor));
    return { years, slice, axis: buildAxis(slice, events, OP_ED) };
  });
  it('spreads crowded positions to the minimum gap, inside the bounds, keeping their order', () => {
    expect(spread([10, 10, 10], 30, 0, 100)).toEqual([10, 40, 70]);
    expect(spread([95, 96], 30, 0, 100)).toEqual([70, 100]);
    expect(spread([5, 50], 30, 20, 100)).toEqual([20, 50]);
  });

  it.each([
    [320, 'vertical'],
    [390, 'vertical'],
    [679, 'vertical'],
    [680, 'horizontal'],
    [720, 'horizontal'],
    [1024, 'horizontal'],
    [1280, 'horizontal'],
    [1920, 'horizontal'],
  ] as const)('no two options’ targets overlap at %i px (%s)', (width, orientation) => {
    expect(orientationFor(width)).toBe(orientation);
    const l = layoutTimeline(axis, events, width, orientation);
    expect(l.markers).toHaveLength(events.length);
    expect(overlaps(boxes(l))).toEqual([]);
  });

  it.each([720, 1024, 1280, 1920])(
    'at %i px no title on the chart overlaps another title or any marker (whole timeline and every slice)',
    (width) => {
      let titled = 0;
      for (const [name, a, list] of [['all', axis, events] as const, ...slices.map((x) => [x.years.join(), x.axis, x.slice] as const)]) {
        const l = layoutTimeline(a, list, width, 'horizontal');
        const titles = titleBoxes(l);
        titled += titles.length;
        expect(overlaps(titles), name).toEqual([]);
        const squares = markerBoxes(l);
        expect(
          titles.flatMap((t) => squares.filter((sq) => meet(t, sq)).map((sq) => `${t.id} title × ${sq.id} marker`)),
          name,
        ).toEqual([]);
        // And no title runs across the op-ed's date into the stretch after it.
        const split = l.breaks.find((b) => b.kind === 'split');
        if (split)
          expect(
            titles.filter((t) => t.x0 < split.pos && t.x1 > split.pos).map((t) => t.id),
            name,
          ).toEqual([]);
      }
      expect(titled).toBeGreaterThan(20);
    },
  );

  const leadersThroughMarkers = (l: TimelineLayout): string[] => {
    const squares = markerBoxes(l);
    const hits: string[] = [];
    for (const m of l.markers) {
      // Elbow leaders: straight down from the marker, then a slant below the lowest lane.
      const [top, knee] = m.leader;
      for (const sq of squares)
        if (sq.id !== m.id && top && knee && top[0] > sq.x0 && top[0] < sq.x1 && sq.y0 < knee[1] && sq.y1 > top[1])
          hits.push(`${m.id} → ${sq.id}`);
    }
    return hits;
  };

  it.each([DENSE_MIN_WIDTH, 1248, 1440, 1920])(
    'at %i px no leader line passes through another event’s marker (the whole timeline)',
    (width) => {
      expect(orientationFor(width, events.length)).toBe('horizontal');
      expect(leadersThroughMarkers(layoutTimeline(axis, events, width, 'horizontal'))).toEqual([]);
    },
  );

  it.each([680, 720, 1024, 1280])(
    'at %i px a chapter’s slice names its main events and most others, leaders clear of every marker',
    (width) => {
      for (const { years, slice, axis: a } of slices) {
        const l = layoutTimeline(a, slice, width, 'horizontal');
        expect(overlaps(boxes(l)), years.join()).toEqual([]);
        expect(leadersThroughMarkers(l), years.join()).toEqual([]);
        const bare = l.markers.filter((m) => !m.label).map((m) => m.id);
        expect(
          bare.filter((id) => slice.find((e) => e.id === id)?.main),
          `${years.join()} at ${width}`,
        ).toEqual([]);
        expect(bare.length, `${years.join()} at ${width}: ${bare.join(', ')}`).toBeLessThanOrEqual(
          width >= 1024 ? 0 : Math.floor(slice.length / (width >= 720 ? 4 : 3)),
        );
      }
    },
  );

  it('gives the whole timeline the chart only where it can name most events; a slice from 680 px', () => {
    expect(orientationFor(1199, events.length)).toBe('vertical');
    expect(orientationFor(1200, events.length)).toBe('horizontal');
    expect(orientationFor(680, 6)).toBe('horizontal');
    expect(orientationFor(679, 6)).toBe('vertical');
  });

  it('labels main events first, and most of the events at a laptop’s width', () => {
    const counts = [1248, 1440].map((w) => layoutTimeline(axis, events, w, 'horizontal').markers.filter((m) => m.label).length);
    // The /timeline/ chart is 1248 px wide on a 1280 px laptop, 1440 px on a 1920 px screen.
    expect(counts[0]).toBeGreaterThanOrEqual(20);
    expect(counts[1]).toBeGreaterThanOrEqual(26);
    for (const w of [DENSE_MIN_WIDTH, 1248, 1920]) {
      const l = layoutTimeline(axis, events, w, 'horizontal');
      const unlabelledMain = events.filter((e) => e.main && !l.markers.find((m) => m.id === e.id)?.label).map((e) => e.id);
      expect(unlabelledMain, `${w} px`).toEqual([]);
    }
  });

  it('keeps every marker and target inside the drawing at 320, 1280 and 1920 px', () => {
    for (const width of [320, 1280, 1920]) {
      const l = layoutTimeline(axis, events, width, orientationFor(width));
      for (const b of boxes(l)) {
        expect(b.x0, b.id).toBeGreaterThanOrEqual(0);
        expect(b.x1, b.id).toBeLessThanOrEqual(l.width);
        expect(b.y0, b.id).toBeGreaterThanOrEqual(l.detailTop ?? 40);
        expect(b.y1, b.id).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('keeps the horizontal height at every width, so hydrating moves nothing below', () => {
    const heights = new Set([720, 900, 1024, 1280, 1600, 1920].map((w) => layoutTimeline(axis, events, w, 'horizontal').height));
    expect(heights.size).toBe(1);
  });

  it('never cuts a title on a phone: each row wraps its whole title and grows to fit', () => {
    for (const width of [280, 320, 390, 679, 1100]) {
      const l = layoutTimeline(axis, events, width, 'vertical');
      for (const m of l.markers) {
        const e = events.find((x) => x.id === m.id)!;
        expect(m.label?.lines.join(' '), `${m.id} at ${width}`).toBe(e.title);
        expect(m.label?.lines.some((line) => line.includes('…'))).toBe(false);
        // Every line fits beside the marker, and the row holds the date and all its lines.
        for (const line of m.label?.lines ?? [])
          expect(m.label!.x + textWidth(line, TYPE.rowTitle, e.main), `${m.id} at ${width}`).toBeLessThanOrEqual(width);
        expect(m.hit.y1 - m.hit.y0).toBeGreaterThanOrEqual(15 + (m.label?.lines.length ?? 1) * TYPE.rowTitleLine);
      }
    }
    // Narrower boxes need more lines; every phone in a band wraps at the band's width, so it
    // draws what the server drew for that band, and hydrating moves nothing below.
    const height = (w: number) => layoutTimeline(axis, events, w, 'vertical').height;
    expect(height(280)).toBeGreaterThan(height(PHONE_WIDTH));
    expect(new Set([280, 288, 320, 328, 357].map(height))).toEqual(new Set([height(280)]));
    expect(new Set([PHONE_WIDTH, 360, 390, 398, 479].map(height))).toEqual(new Set([height(PHONE_WIDTH)]));
  });

  it('gives every touch target at least 24 × 24 px, and no chart text under 12 px', () => {
    for (const width of [320, 390, 720, 1280]) {
      for (const b of boxes(layoutTimeline(axis, events, width, orientationFor(width)))) {
        expect(b.x1 - b.x0, b.id).toBeGreaterThanOrEqual(24);
        expect(b.y1 - b.y0, b.id).toBeGreaterThanOrEqual(24);
      }
    }
    expect(Math.min(...Object.values(TYPE))).toBeGreaterThanOrEqual(12);
  });

  it('draws markers in date order along the axis, each with a leader to its true date', () => {
    const l = layoutTimeline(axis, events, 1280, 'horizontal');
    const feet = l.markers.map((m) => m.ax);
    expect(feet).toEqual([...feet].sort((a, b) => a - b));
    for (const m of l.markers) expect(m.leader.at(-1)).toEqual([m.ax, m.ay]);
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

  it('sets a title on a flag whole, on one line or two, never cut', () => {
    // Two lines where the wider is narrowest: a compact flag.
    expect(flagLines('Nicaragua leaves the OAS', false).lines).toEqual(['Nicaragua', 'leaves the OAS']);
    expect(flagLines('Bolivia', false).lines).toEqual(['Bolivia']);
    for (const e of events) {
      const { lines, width } = flagLines(e.title, e.main);
      expect(lines.join(' ')).toBe(e.title);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(textWidth(line, TYPE.label, e.main)).toBeLessThanOrEqual(width);
    }
    const wrapped = wrapText('Cárdenas expropriates the foreign oil companies', 150, 14);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join(' ')).toBe('Cárdenas expropriates the foreign oil companies');
    for (const line of wrapped) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
  });

  it('lays a slide out without the overview strip, in at most four lanes', () => {
    const page = layoutTimeline(axis, events, 800, 'horizontal');
    const slide = layoutTimeline(axis, events, 800, 'horizontal', { slide: true });
    expect(page.overview).toBeDefined();
    expect(slide.overview).toBeUndefined();
    expect(new Set(slide.markers.map((m) => m.y)).size).toBeLessThanOrEqual(4);
    expect(slide.height).toBeLessThan(page.height);
    expect(overlaps(titleBoxes(slide))).toEqual([]);
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
    expect(
      ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Enter', ' ', 'a'].map(actionForKey),
    ).toEqual(['next', 'next', 'prev', 'prev', 'first', 'last', 'nextYear', 'prevYear', 'select', 'select', null]);
  });
});

describe('addresses', () => {
  it('reads an event id or an anchor year from the hash', () => {
    expect(eventForHash(events, '#mexico-grants-asylum')).toBe('mexico-grants-asylum');
    expect(eventForHash(events, '#y2019')).toBe('oas-audit-morales-resigns');
    expect(eventForHash(events, '#y1999')).toBeNull();
    expect(eventForHash(events, '#main')).toBeNull();
    expect(eventForHash(events, '')).toBeNull();
  });

  it('shares a day-precise ISO date whatever the event’s precision', () => {
    expect(sharedDate({ t: eventInstant('1937-11') })).toBe('1937-11-15');
  });
});
