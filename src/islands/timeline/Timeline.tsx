import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { publish } from '../../lib/selectedDate';
import { EventPanel } from './EventPanel';
import { TimelineChart } from './TimelineChart';
import { layoutTimeline, MIN_WIDTH } from './timelineLayout';
import { actionForKey, announcement, eventPagePath, hashForEvent, HORIZONTAL_MIN_WIDTH, orientationFor, sharedDate, step, timelineHref, type EventView, type Orientation } from './timelineModel';
import type { TimelineAxis } from './timelineScale';
import { useElementWidth } from './useElementWidth';
import { useHashSelection } from './useHashSelection';
import './timeline.css';

export interface TimelineProps {
  /** The events shown, in date order (timelineProps.ts). */
  events: EventView[];
  /** The broken scale, decided at build time (timelineScale.ts). */
  axis: TimelineAxis;
  /** How to read and work the chart, in words (timelineProps.ts). */
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
}

/**
 * Widths to draw at before measuring: the server cannot know the box, so it sends both, each
 * at the narrowest width its orientation is used at. Heights do not depend on width (see
 * timelineLayout.ts), so when the measured drawing replaces it nothing below moves.
 */
const REFERENCE_WIDTH: Record<Orientation, number> = { horizontal: HORIZONTAL_MIN_WIDTH, vertical: MIN_WIDTH };
const BOTH: Orientation[] = ['horizontal', 'vertical'];

/**
 * The timeline island: state, keyboard, address and the shared selected date. Drawing is
 * TimelineChart's job, the open event EventPanel's, the pixels timelineLayout's.
 */
export default function Timeline({ events, axis, legend, label, initialId, syncHash, headingLevel, currentChapter, idPrefix }: TimelineProps) {
  const [selectedId, setSelectedId] = useState(initialId);
  const [message, setMessage] = useState('');
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const panelRef = useRef<HTMLElement>(null);
  const options = useRef(new Map<string, SVGGElement>());
  // What to do once an opened event has rendered: focus it (keys), reveal it (address) or
  // bring its details into view (a tap on a phone, where they sit below a tall chart).
  const after = useRef<'key' | 'pointer' | 'address' | null>(null);
  const [opened, setOpened] = useState(0);
  const layouts = useMemo(
    () => (width === null ? BOTH : [orientationFor(width)]).map((o) => layoutTimeline(axis, events, width ?? REFERENCE_WIDTH[o], o)),
    [axis, events, width],
  );
  const selected = events.find((e) => e.id === selectedId) ?? events[0];

  const open = useCallback(
    (id: string, how: 'key' | 'pointer' | 'address') => {
      const e = events.find((x) => x.id === id);
      if (!e) return;
      setSelectedId(id);
      after.current = how;
      setOpened((n) => n + 1);
      if (how !== 'address') setMessage(announcement(e));
      publish(sharedDate(e));
      if (syncHash && how !== 'address') history.replaceState(history.state, '', hashForEvent(id));
    },
    [events, syncHash],
  );
  useHashSelection(syncHash, events, (id) => open(id, 'address'));

  useEffect(() => {
    const how = after.current;
    // Before the island has measured its box both drawings exist; wait to know which is shown.
    if (how === null || width === null) return;
    after.current = null;
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const option = options.current.get(`${orientationFor(width)}:${selectedId}`);
    if (how === 'key') option?.focus();
    if (how === 'address') option?.scrollIntoView({ block: 'center', behavior });
    const panel = panelRef.current;
    if (how === 'pointer' && panel && orientationFor(width) === 'vertical' && panel.getBoundingClientRect().top > innerHeight * 0.75) {
      panel.scrollIntoView({ block: 'start', behavior });
    }
  }, [selectedId, opened, width]);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    const action = actionForKey(e.key);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    open(action === 'select' ? selectedId : step(events, selectedId, action), 'key');
  };
  // Keyed by drawing too: before measuring, both drawings hold an option for each event.
  const optionRef = (orientation: Orientation) => (id: string) => (el: SVGGElement | null) => {
    if (el) options.current.set(`${orientation}:${id}`, el);
  };

  if (!selected) return null;
  return (
    <div ref={rootRef} className="tl" data-measured={width !== null || undefined}>
      {layouts.map((layout) => (
        <TimelineChart
          key={layout.orientation}
          layout={layout}
          events={events}
          selectedId={selected.id}
          label={label}
          onSelect={(id) => open(id, 'pointer')}
          onKeyDown={onKeyDown}
          optionRef={optionRef(layout.orientation)}
        />
      ))}
      <p className="tl-legend">{legend}</p>
      <EventPanel
        event={selected}
        headingLevel={headingLevel}
        headingId={`${idPrefix}panel-title`}
        currentChapter={currentChapter}
        fullTimelineHref={syncHash ? undefined : timelineHref(selected.id)}
        permalink={eventPagePath(selected.id)}
        panelRef={panelRef}
      />
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
