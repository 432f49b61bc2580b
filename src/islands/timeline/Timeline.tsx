import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { publish } from '../../lib/selectedDate';
import { EventPanel } from './EventPanel';
import { TimelineChart } from './TimelineChart';
import { TimelineRoom } from './TimelineRoom';
import {
  layoutTimeline,
  PHONE_WIDTH,
  SERVER_DRAWN,
  TYPE,
  wrapWidth,
  type TimelineLayout,
  type TimelineRoomSize,
} from '../../lib/timeline/timelineLayout';
import {
  actionForKey,
  announcement,
  HORIZONTAL_MIN_WIDTH,
  horizontalMinWidth,
  orientationFor,
  sharedDate,
  step,
  type EventDetails,
  type EventMark,
  type Orientation,
} from '../../lib/timeline/timelineModel';
import { eventPagePath, hashForEvent, timelineHref } from '../../lib/urls';
import type { Locale } from '../../lib/locales';
import type { TimelineAxis } from '../../lib/timeline/timelineAxis';
import type { Dictionary } from '../../i18n/types';
import { listedDetails } from './listedDetails';
import { useElementWidth } from './useElementWidth';
import { useHashSelection } from './useHashSelection';
import { useTooltipTarget } from './useTooltipTarget';
// Its styles (src/styles/timeline.css) are linked by the pages that draw it (TimelineFigure.astro,
// EventView.astro), not imported here: an import would put them in every page's stylesheet.

export interface TimelineProps {
  /** The events shown, in date order, as marks: no words (src/figures/timelineData.ts). */
  events: EventMark[];
  /**
   * The words of the event open at first (`initialId`), for the server's panel and the
   * hydration render. Every other event's words are read from the figure's list when opened
   * (listedDetails.ts): the page carries them once.
   */
  initialDetails: EventDetails | null;
  /** The broken scale, decided at build time (timelineScale.ts). */
  axis: TimelineAxis;
  /** The horizontal chart's lanes, decided at build time (timelineLayout.ts chartLanes). */
  lanes: number;
  /**
   * The sizes of the drawings the server sends empty before the box is measured (the chart, the
   * narrowest phone's rows), laid out at build time (timelineLayout.ts serverRooms); the rows at
   * a phone's width are drawn.
   */
  rooms: TimelineRoomSize[];
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
  /**
   * The id of the figure's list (TimelineList.astro), which readers without JavaScript get:
   * the note over an empty room links to it, for when the script is slow or never comes.
   */
  listId: string;
  /** The page's language, for the island's links (the event's page, the full timeline). */
  locale: Locale;
  /** The island's words in the page's language (src/i18n/<locale>/timeline.ts, `island`). */
  strings: Dictionary['timeline']['island'];
}

/**
 * The name of the drawing a box of `width` shows, as the server names its drawings (timeline.css):
 * the measured drawing keeps the server's key, so on a phone React updates the rows the server
 * drew instead of drawing them again.
 */
const drawingFor = (orientation: Orientation, width: number): string =>
  orientation === 'horizontal' ? 'horizontal' : `band-${wrapWidth(width)}`;

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
  initialDetails,
  axis,
  lanes,
  rooms,
  legend,
  label,
  initialId,
  syncHash,
  headingLevel,
  currentChapter,
  idPrefix,
  listId,
  locale,
  strings,
}: TimelineProps) {
  // The open event and its words change together, so they are one state and can't disagree.
  const [selection, setSelection] = useState({ id: initialId, details: initialDetails });
  const { id: selectedId, details } = selection;
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
  // One layout in the browser: before measuring, the rows at a phone's width (the rooms' sizes
  // came from the build); after, the drawing for the box.
  const layout = useMemo((): TimelineLayout => {
    const w = width === null ? PHONE_WIDTH : width / scale;
    return layoutTimeline(axis, events, w, width === null ? 'vertical' : orientationAt(w), { slide: onSlide, lanes });
  }, [axis, events, lanes, width, scale, onSlide, orientationAt]);
  const index = Math.max(
    0,
    events.findIndex((e) => e.id === selectedId),
  );
  const selected = events[index];

  const open = useCallback(
    (id: string, how: 'key' | 'pointer' | 'address' | 'panel') => {
      const e = events.find((x) => x.id === id);
      if (!e) return;
      const words = id === initialId ? initialDetails : listedDetails(rootRef.current?.closest('figure') ?? null, id);
      setSelection({ id, details: words });
      after.current = how;
      setOpened((n) => n + 1);
      if (how !== 'address') setMessage(announcement(e, words, strings.announcement));
      publish(sharedDate(e));
      if (syncHash && how !== 'address') history.replaceState(history.state, '', hashForEvent(id));
    },
    [events, initialId, initialDetails, rootRef, syncHash, strings.announcement],
  );
  useHashSelection(syncHash, events, (id) => open(id, 'address'));

  useEffect(() => {
    const how = after.current;
    // Before the island has measured its box it cannot know which drawing is shown: wait.
    if (how === null || width === null) return;
    after.current = null;
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const orientation = orientationAt(width / scale);
    const option = options.current.get(selectedId);
    if (how === 'key') option?.focus();
    // On a slide the presenter's deck decides what is on screen: an address change (its
    // step API, README) never scrolls.
    if (how === 'address' && !onSlide) option?.scrollIntoView({ block: 'center', behavior });
    const panel = panelRef.current;
    if (how === 'pointer' && panel && orientation === 'vertical' && panel.getBoundingClientRect().top > innerHeight * 0.75) {
      panel.scrollIntoView({ block: 'start', behavior });
    }
  }, [selectedId, opened, width, scale, onSlide, orientationAt]);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Escape') return dismiss();
    const action = actionForKey(e.key);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    open(action === 'select' ? selectedId : step(events, selectedId, action), 'key');
  };
  // One drawing at a time (the others are empty rooms), so an event has one option; a new
  // drawing (a new key) replaces the entries as it mounts.
  const optionRef = (id: string) => (el: SVGGElement | null) => {
    if (el) options.current.set(id, el);
  };
  /** "Back to the timeline": the chosen event on the chart, in view and focused. */
  const backToChart = (): void => {
    const option = options.current.get(selectedId);
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    option?.scrollIntoView({ block: 'center', behavior });
    option?.focus({ preventScroll: true });
  };

  if (!selected) return null;
  const neighbour = (e: EventMark | undefined) => e && { id: e.id, title: e.title, dateLabel: e.dateLabel };
  return (
    <div
      ref={rootRef}
      className="tl"
      data-measured={width !== null || undefined}
      data-dense={horizontalMinWidth(events.length) > HORIZONTAL_MIN_WIDTH || undefined}
      data-slide={onSlide || undefined}
    >
      <span ref={probeRef} className="tl-slide-probe" aria-hidden="true" />
      {width === null && rooms.map((room) => <TimelineRoom key={room.drawing} room={room} listId={listId} strings={strings} />)}
      <TimelineChart
        key={shown}
        drawing={shown}
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
        optionRef={optionRef}
      />
      <p className="tl-legend">{legend}</p>
      <EventPanel
        event={selected}
        details={details}
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
