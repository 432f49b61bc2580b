/**
 * The states a figure steps through when its page is presented: the timeline's events on
 * /timeline/ and the map's key dates on /map/, one slide each, and how to make the figure
 * show one. The islands stay in charge of drawing; this only tells them what to show, through
 * the channels they already follow (the address's hash for the timeline, the shared selected
 * date for the map), so a state is shown the same way whether the island has hydrated yet or
 * not (an island reads both when it starts).
 */
import { publish } from '../../lib/selectedDate';
import { hashForEvent, isIsoDay } from '../../lib/urls';
import { fill } from '../../lib/fill';
import { presentWords } from './presentWords';

export interface FigureState {
  /** Stable across re-planning: "event:oas-audit", "date:2022-04-13". */
  key: string;
  /** The slide's name in the overview, the live region and the presenter view. */
  label: string;
  /** Makes the figure show this state. */
  show(): void;
  /** A note for the presenter about this state: "#id" of an element on the page. */
  note?: string | undefined;
}

/** The timeline page's events, in date order, read from the list the figure always carries. */
function timelineStates(figure: HTMLElement): FigureState[] {
  const T = presentWords();
  return [...figure.querySelectorAll<HTMLElement>('.tl-list__event[id]')].map((item) => {
    const id = item.id;
    const title = item.querySelector('.tl-list__title')?.textContent?.trim() ?? id;
    const date = item.querySelector('time')?.textContent?.trim() ?? '';
    return { key: `event:${id}`, label: fill(T.event, { title, date }), note: `#${id}`, show: () => selectByHash(id) };
  });
}

/**
 * Opens an event the way a link to `/timeline/#id` does: the island follows the hash. Written
 * with replaceState (and the event the browser would send) rather than `location.hash =`, so
 * stepping through thirty slides leaves one history entry, not thirty, and the page does not
 * jump to the hidden list item of that id.
 */
function selectByHash(id: string): void {
  const oldURL = location.href;
  const url = new URL(location.href);
  url.hash = hashForEvent(id);
  if (url.href === oldURL) return;
  history.replaceState(history.state, '', url.href);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** One of the map's key dates: its ISO day when known, and its position on the date control. */
interface MapStep {
  index: number;
  date: string | null;
  label: string;
}

/**
 * The map's key dates. The figure lists them as `data-steps` (JSON: [{ date, label }, …]);
 * until every build carries that, they are read from the date control's tick labels, whose
 * ISO days the control itself knows (so such a step is shown by moving the control).
 */
export function mapSteps(figure: HTMLElement): MapStep[] {
  const listed = parseSteps(figure.querySelector<HTMLElement>('[data-steps]')?.dataset['steps'] ?? figure.dataset['steps']);
  if (listed.length) return listed;
  return [...figure.querySelectorAll('.mm-date__ticks > li')].map((tick, index) => {
    const words = tick.querySelector('.mm-tick--long') ?? tick;
    return { index, date: null, label: (words.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
}

function parseSteps(json: string | undefined): MapStep[] {
  if (!json) return [];
  try {
    const steps: unknown = JSON.parse(json);
    if (!Array.isArray(steps)) return [];
    return steps.flatMap((s: unknown, index) => {
      const { date, label } = (s ?? {}) as { date?: unknown; label?: unknown };
      return isIsoDay(date) ? [{ index, date, label: typeof label === 'string' ? label : date }] : [];
    });
  } catch {
    return [];
  }
}

/** Moves the map's date control to a stop, as the reader's arrow keys would. */
function moveDateControl(figure: HTMLElement, index: number): void {
  const input = figure.querySelector<HTMLInputElement>('.mm-date input[type="range"]');
  if (!input || input.value === String(index)) return;
  // React tracks the value it last rendered; set it through the native setter so the input
  // event below reads as the reader's change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(index));
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function mapStates(figure: HTMLElement): FigureState[] {
  const T = presentWords();
  return mapSteps(figure).map((step) => ({
    key: `date:${step.date ?? step.index}`,
    label: fill(T.mapDate, { date: step.label }),
    show: () => {
      if (step.date) publish(step.date);
      else whenInteractive(figure, () => moveDateControl(figure, step.index));
    },
  }));
}

/**
 * Runs `then` once the map island has hydrated and its effects have run: it marks its root
 * `data-interactive` then. (astro-island drops its `ssr` attribute earlier, while React may
 * still be hydrating, and an input event then is lost.)
 */
function whenInteractive(figure: HTMLElement, then: () => void): void {
  const ready = (): boolean => figure.querySelector('.mm[data-interactive]') !== null;
  if (ready()) return then();
  const watch = new MutationObserver(() => {
    if (!ready()) return;
    watch.disconnect();
    then();
  });
  watch.observe(figure, { subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
}

/** The states of a figure presented on its own page, or none (it is then one slide). */
export function figureStates(figure: HTMLElement): FigureState[] {
  if (figure.matches('.timeline-figure')) return timelineStates(figure);
  if (figure.matches('.map-figure')) return mapStates(figure);
  return [];
}
