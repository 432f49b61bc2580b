import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { publish } from '../../lib/selectedDate';
import { EventPanel } from './EventPanel';
import { TimelineChart } from './TimelineChart';
import { TimelineRoom } from './TimelineRoom';
import { layoutTimeline, MIN_WIDTH, PHONE_WIDTH, TYPE, wrapWidth, type TimelineLayout } from '../../lib/timeline/timelineLayout';
import {
  actionForKey,
  announcement,
  HORIZONTAL_MIN_WIDTH,
  horizontalMinWidth,
  orientationFor,
  sharedDate,
  step,
  type EventView,
  type Orientation,
} from '../../lib/timeline/timelineModel';
import { eventPagePath, hashForEvent, timelineHref } from '../../lib/urls';
import type { Locale } from '../../lib/locales';
import type { TimelineAxis } from '../../lib/timeline/timelineAxis';
import type { Dictionary } from '../../i18n/types';
import { useElementWidth } from './useElementWidth';
import { useHashSelection } from './useHashSelection';
import { useTooltipTarget } from './useTooltipTarget';
// Its styles (src/styles/timeline.css) are linked by the pages that draw it (TimelineFigure.astro,
// EventView.astro), not imported here: an import would put them in every page's stylesheet.

export interface TimelineProps {
  /** The events shown, in date order (src/figures/timelineData.ts). */
  events: EventView[];
  /** The broken scale, decided at build time (timelineScale.ts). */
  axis: TimelineAxis;
  /** The horizontal chart's lanes, decided at build time (timelineLayout.ts chartLanes). */
  lanes: number;
  /** How to read and work the chart, in words (src/figures/timelineData.ts). */
  legend: string;
  /** Accessible name of the listbox, e.g. "Events, 1848 to 2022". */
  label: string;
  /** The event open before the reader picks one. */
  initialId: string;
  /** Mirror the open event in the address (#event-id): the full timeline page only. */
  syncHash: boolean;
  /** Level of the open event's heading: 2 on the timeline page, 3 inside a chapter. */
  headingLevel: 2 | 3;
  /** The chapter this slice is embedded in; its own "read in" link becomes plain text. */
  currentChapter?: string | undefined;
  /**
   * Unique on the page, for the island's own ids. Not useId(): every island is its own React
   * root, so two timelines on one page would both get the same generated id.
   */
  idPrefix: string;
  /** The page's language, for the island's links (the event's page, the full timeline). */
  locale: Locale;
  /** The island's words in the page's language (src/i18n/<locale>/timeline.ts, `island`). */
  strings: Dictionary['timeline']['island'];
}

/**
 * What the server sends, not knowing the box: one drawing, the rows at a phone's width (the
 * reader on the slowest network, who sees it longest before the script arrives), and for
 * the chart and the narrowest phones only their room, an empty SVG of the same size
 * (TimelineRoom). The box's width picks one (timeline.css). The chart's height does not
 * depend on width, and a phone's rows wrap at its band's width (timelineLayout.ts wrapWidth),
 * so when the measured drawing replaces the server's nothing below moves.
 */
interface ServerDrawing {
  orientation: Orientation;
  width: number;
  /** `horizontal`, `band-280` or `band-358`: which box widths show it (timeline.css). */
  drawing: string;
  drawn: boolean;
}

const SERVER_DRAWN = `band-${PHONE_WIDTH}`;

/**
 * The name of the drawing a box of `width` shows, as the server names its drawings: the
 * measured drawing keeps the server's key, so on a phone React updates the rows the server
 * drew instead of drawing them again.
 */
const drawingFor = (orientation: Orientation, width: number): string =>
  orientation === 'horizontal' ? 'horizontal' : `band-${wrapWidth(width)}`;

function serverDrawings(count: number): ServerDrawing[] {
  return [
    { orientation: 'horizontal', width: horizontalMinWidth(count), drawing: 'horizontal', drawn: false },
    { orientation: 'vertical', width: MIN_WIDTH, drawing: `band-${MIN_WIDTH}`, drawn: false },
    { orientation: 'vertical', width: PHONE_WIDTH, drawing: SERVER_DRAWN, drawn: true },
  ];
}

/**
 * The drawing's scale on a slide. Present mode sets the chart's type size through CSS
 * (--tl-slide-type, read off a probe element, timeline.css); the drawing is laid out for
 * the box's width divided by the scale and drawn that much larger, so its type is large and
 * it is still a slide-wide horizontal chart, never the phone's. Never so large that the
 * chart would turn vertical.
 */
function slideScale(width: number | null, slideType: number | null): number {
  if (!slideType || !width) return 1;
  const scale = slideType / TYPE.label;
  return Math.max(1, Math.min(scale, width / HORIZONTAL_MIN_WIDTH));
}

/**
 * The timeline island: state, keyboard, address and the shared selected date. Drawing is
 * TimelineChart's job, the open event EventPanel's, the pixels timelineLayout's.
 */
export default function Timeline({
  events,
  axis,
  lanes,
  legend,
  label,
  initialId,
  syncHash,
  headingLevel,
  currentChapter,
  idPrefix,
  locale,
  strings,
}: TimelineProps) {
  const [selectedId, setSelectedId] = useState(initialId);
  const [message, setMessage] = useState('');
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const [probeRef, slideType] = useElementWidth<HTMLSpanElement>();
  const onSlide = Boolean(slideType);
  const scale = slideScale(width, slideType);
  // On a slide the chart is the index to the chosen event, below it: always the chart.
  const orientationAt = useCallback((w: number): Orientation => orientationFor(w, onSlide ? 0 : events.length), [onSlide, events.length]);
  const panelRef = useRef<HTMLElement>(null);
  const options = useRef(new Map<string, SVGGElement>());
  // What to do once an opened event has rendered: focus it (keys, "back to the timeline"),
  // reveal it (address) or bring its details into view (a tap on a phone, where they sit
  // below a tall chart). Stepping from the panel leaves focus on the button pressed.
  const after = useRef<'key' | 'pointer' | 'address' | 'panel' | null>(null);
  const [opened, setOpened] = useState(0);
  const { tipId, hint, dismiss } = useTooltipTarget();
  // The drawing shown: the server's until the box is measured, then the one for its width.
  const shown = width === null ? SERVER_DRAWN : drawingFor(orientationAt(width / scale), width / scale);
  const layouts = useMemo((): { layout: TimelineLayout; drawing: string; drawn: boolean }[] => {
    const drawings: ServerDrawing[] =
      width === null
        ? serverDrawings(events.length)
        : [{ orientation: orientationAt(width / scale), width: width / scale, drawing: shown, drawn: true }];
    return drawings.map((d) => ({
      layout: layoutTimeline(axis, events, d.width, d.orientation, { slide: onSlide, lanes }),
      drawing: d.drawing,
      drawn: d.drawn,
    }));
  }, [axis, events, lanes, width, scale, onSlide, orientationAt, shown]);
  const index = Math.max(
    0,
    events.findIndex((e) => e.id === selectedId),
  );
  const selected = events[index];

  const open = useCallback(
    (id: string, how: 'key' | 'pointer' | 'address' | 'panel') => {
      const e = events.find((x) => x.id === id);
      if (!e) return;
      setSelectedId(id);
      after.current = how;
      setOpened((n) => n + 1);
      if (how !== 'address') setMessage(announcement(e, strings.announcement));
      publish(sharedDate(e));
      if (syncHash && how !== 'address') history.replaceState(history.state, '', hashForEvent(id));
    },
    [events, syncHash, strings.announcement],
  );
  useHashSelection(syncHash, events, (id) => open(id, 'address'));

  useEffect(() => {
    const how = after.current;
    // Before the island has measured its box it cannot know which drawing is shown: wait.
    if (how === null || width === null) return;
    after.current = null;
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const orientation = orientationAt(width / scale);
    const option = options.current.get(`${shown}:${selectedId}`);
    if (how === 'key') option?.focus();
    // On a slide the presenter's deck decides what is on screen: an address change (its
    // step API, README) never scrolls.
    if (how === 'address' && !onSlide) option?.scrollIntoView({ block: 'center', behavior });
    const panel = panelRef.current;
    if (how === 'pointer' && panel && orientation === 'vertical' && panel.getBoundingClientRect().top > innerHeight * 0.75) {
      panel.scrollIntoView({ block: 'start', behavior });
    }
  }, [selectedId, opened, width, scale, onSlide, orientationAt, shown]);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Escape') return dismiss();
    const action = actionForKey(e.key);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    open(action === 'select' ? selectedId : step(events, selectedId, action), 'key');
  };
  // Keyed by drawing too: before measuring, the server's drawing holds an option for each event.
  const optionRef = (drawing: string) => (id: string) => (el: SVGGElement | null) => {
    if (el) options.current.set(`${drawing}:${id}`, el);
  };
  /** "Back to the timeline": the chosen event on the chart, in view and focused. */
  const backToChart = (): void => {
    const option = options.current.get(`${shown}:${selectedId}`);
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    option?.scrollIntoView({ block: 'center', behavior });
    option?.focus({ preventScroll: true });
  };

  if (!selected) return null;
  const neighbour = (e: EventView | undefined) => e && { id: e.id, title: e.title, dateLabel: e.dateLabel };
  return (
    <div
      ref={rootRef}
      className="tl"
      data-measured={width !== null || undefined}
      data-dense={horizontalMinWidth(events.length) > HORIZONTAL_MIN_WIDTH || undefined}
      data-slide={onSlide || undefined}
    >
      <span ref={probeRef} className="tl-slide-probe" aria-hidden="true" />
      {layouts.map(({ layout, drawing, drawn }) =>
        drawn ? (
          <TimelineChart
            key={drawing}
            drawing={drawing}
            layout={layout}
            scale={scale}
            events={events}
            selectedId={selected.id}
            label={label}
            strings={strings}
            tipId={tipId}
            onSelect={(id) => open(id, 'pointer')}
            onHint={hint}
            onKeyDown={onKeyDown}
            optionRef={optionRef(drawing)}
          />
        ) : (
          <TimelineRoom key={drawing} layout={layout} drawing={drawing} />
        ),
      )}
      <p className="tl-legend">{legend}</p>
      <EventPanel
        event={selected}
        headingLevel={headingLevel}
        headingId={`${idPrefix}panel-title`}
        currentChapter={currentChapter}
        fullTimelineHref={syncHash ? undefined : timelineHref(selected.id, locale)}
        permalink={eventPagePath(selected.id, locale)}
        strings={strings}
        panelRef={panelRef}
        steps={{
          position: index + 1,
          total: events.length,
          prev: neighbour(events[index - 1]),
          next: neighbour(events[index + 1]),
          onStep: (id) => open(id, 'panel'),
          onBack: backToChart,
        }}
      />
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
