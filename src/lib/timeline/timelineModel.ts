/**
 * The timeline's headless model: what the island receives, which event is selected, how keys
 * step through events and which event a URL hash names (the hash itself is spelt in
 * lib/urls.ts). No DOM, no D3: runs in tests, at build time (the figure's first selection)
 * and in the browser alike (OWID's TimelineController, without the play button).
 */
import { fill } from '../fill';
import { parseTimelineHash } from '../urls';

/**
 * One event on the chart, as the island receives it: serialisable, dates already placed and
 * formatted, and only what the chart, its tooltips, its step buttons and the panel's links
 * need. The event's words (EventDetails) reach the island once, in the page's list.
 */
export interface EventMark {
  id: string;
  anchor: number;
  main: boolean;
  /** Dated after the op-ed (13 April 2022): shown in the timeline's "after the op-ed" stretch. */
  afterOpEd: boolean;
  /** The instant the marker is drawn at (ms, UTC); see lib/eventDate.ts. */
  t: number;
  /** The end of an event that lasted (ms, UTC). */
  tEnd?: number | undefined;
  /** The normalised ISO date ("2021-07-24", "1937-11"), for <time datetime>. */
  date: string;
  /** "24 July 2021", "28 May – 9 June 1937". */
  dateLabel: string;
  title: string;
  /** It carries a fact check (its marker is flagged). */
  checked: boolean;
  chapters: { slug: string; number: number; title: string; href: string }[];
}

/** An event's words: what the open event's panel shows beyond its date and title. */
export interface EventDetails {
  summary: string;
  note?: string | undefined;
  factCheck?: string | undefined;
  sources: { title: string; url: string }[];
}

/** One event whole: the no-JS list, the event's page, the build. */
export type EventView = EventMark & EventDetails;

/** The mark of an event, without its words (the island's props). */
export const markOf = ({ summary: _s, note: _n, factCheck: _f, sources: _src, ...mark }: EventView): EventMark => mark;

/** The words of an event. */
export const detailsOf = ({ summary, note, factCheck, sources }: EventView): EventDetails => ({ summary, note, factCheck, sources });

export type Orientation = 'horizontal' | 'vertical';

/** Below this width the timeline runs top to bottom. Keep in sync with timeline.css (@container). */
export const HORIZONTAL_MIN_WIDTH = 680;
/**
 * A long run of events (the whole timeline: over DENSE_EVENTS) needs a wider box before its
 * chart can name most of them and keep every leader line clear of the other markers; in a
 * narrower box the rows, which name every event, serve the reader better. Keep in sync with
 * timeline.css (.tl[data-dense]).
 */
export const DENSE_EVENTS = 24;
export const DENSE_MIN_WIDTH = 1200;

/** The narrowest box that gets the horizontal chart, for `count` events (0: any slice). */
export function horizontalMinWidth(count = 0): number {
  return count > DENSE_EVENTS ? DENSE_MIN_WIDTH : HORIZONTAL_MIN_WIDTH;
}

export function orientationFor(width: number, count = 0): Orientation {
  return width >= horizontalMinWidth(count) ? 'horizontal' : 'vertical';
}

export type StepAction = 'next' | 'prev' | 'first' | 'last' | 'nextYear' | 'prevYear';

/**
 * What a key does on the focused event (WAI-ARIA listbox: both arrow pairs move, whatever the
 * orientation, so a reader who guesses wrong still moves; PageUp/PageDown jump a year).
 */
export function actionForKey(key: string): StepAction | 'select' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageDown':
      return 'nextYear';
    case 'PageUp':
      return 'prevYear';
    case 'Enter':
    case ' ':
      return 'select';
    default:
      return null;
  }
}

type Steppable = Pick<EventMark, 'id' | 'anchor' | 'main'>;

/** The event of an anchor year to open for "that year": its main event, else its first. */
export function eventForYear(events: readonly Steppable[], year: number): string | null {
  const ofYear = events.filter((e) => e.anchor === year);
  return (ofYear.find((e) => e.main) ?? ofYear[0])?.id ?? null;
}

/**
 * The id selected after an action, given events in date order. Ends do not wrap (a class
 * walking forward should stop at 2022, not jump back to 1848).
 */
export function step(events: readonly Steppable[], currentId: string, action: StepAction): string {
  const i = Math.max(
    0,
    events.findIndex((e) => e.id === currentId),
  );
  const at = (k: number): string => events[Math.min(Math.max(k, 0), events.length - 1)]?.id ?? currentId;
  switch (action) {
    case 'next':
      return at(i + 1);
    case 'prev':
      return at(i - 1);
    case 'first':
      return at(0);
    case 'last':
      return at(events.length - 1);
    case 'nextYear':
    case 'prevYear': {
      const years = [...new Set(events.map((e) => e.anchor))];
      const y = years.indexOf(events[i]?.anchor ?? NaN) + (action === 'nextYear' ? 1 : -1);
      const year = years[Math.min(Math.max(y, 0), years.length - 1)];
      return year === undefined ? currentId : (eventForYear(events, year) ?? currentId);
    }
  }
}

/** The event selected when nothing asks otherwise: the first anchor year's main event. */
export function defaultSelection(events: readonly Steppable[]): string {
  const first = events[0];
  return first ? (eventForYear(events, first.anchor) ?? first.id) : '';
}

/**
 * The event a URL hash names: "#treaty-of-guadalupe-hidalgo" (an event) or "#y2019" (an
 * anchor year: its main event). Anything else, or an event not in this slice, gives null.
 */
export function eventForHash(events: readonly Steppable[], hash: string): string | null {
  const named = parseTimelineHash(hash);
  if (!named) return null;
  if ('year' in named) return eventForYear(events, named.year);
  return events.some((e) => e.id === named.id) ? named.id : null;
}

/**
 * What the live region says when an event is selected: `template` is the dictionary's
 * (timeline.island.announcement, "{date}: {title}. {summary}").
 */
export function announcement(
  e: Pick<EventMark, 'dateLabel' | 'title'>,
  details: Pick<EventDetails, 'summary'> | null,
  template = '{date}: {title}. {summary}',
): string {
  return fill(template, { date: e.dateLabel, title: e.title, summary: details?.summary ?? '' }).trim();
}

/** The ISO day shared with other islands (lib/selectedDate.ts), whatever the event's precision. */
export function sharedDate(e: Pick<EventMark, 't'>): string {
  return new Date(e.t).toISOString().slice(0, 10);
}
