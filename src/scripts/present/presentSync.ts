/**
 * How the projected slides and the presenter view stay in step: one BroadcastChannel per page
 * (same origin, no server; both windows show the same page), and, for the presenter view's
 * previews, messages from the presenter window to its own frames.
 *
 * The slides window is the source of truth: it plans the slides for the projector's screen and
 * says where it is after every change; the presenter view asks it to move and follows.
 */

/** What the slides window says. */
export type DeckMessage =
  | {
      type: 'state';
      slide: number;
      total: number;
      label: string;
      nextLabel: string | null;
      /** References to the slide's notes on the page (pageDeck.ts slideNotes). */
      notes: string[];
      /** The projector window's size: the previews are drawn at it, so they plan the same slides. */
      width: number;
      height: number;
    }
  | { type: 'closed' };

/** What the presenter view says. */
export type PresenterMessage =
  { type: 'hello' } | { type: 'act'; action: 'next' | 'prev' | 'first' | 'last' } | { type: 'go'; slide: number };

/** One channel per page, so two chapters presented side by side never steer each other. */
export const channelName = (path: string = location.pathname): string => `explainer-present:${path}`;

export interface Channel<Out> {
  send(message: Out): void;
  close(): void;
}

export function openChannel<In, Out>(onMessage: (message: In) => void): Channel<Out> {
  const channel = new BroadcastChannel(channelName());
  channel.addEventListener('message', (e: MessageEvent<In>) => onMessage(e.data));
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/** The presenter view's message to a preview frame: show this slide. */
interface PreviewMessage {
  type: 'explainer-present:show';
  slide: number;
}
/** A preview frame's message to the presenter view: ready to be told which slide to show. */
const READY = 'explainer-present:ready';

export function showInPreview(frame: HTMLIFrameElement, slide: number): void {
  frame.contentWindow?.postMessage({ type: 'explainer-present:show', slide } satisfies PreviewMessage, location.origin);
}

/**
 * In the presenter view: calls `ready` each time a frame's deck has started (after its first
 * load, and again if it reloads). The deck starts after the frame's load event, so a message
 * sent on load could arrive before it listens.
 */
export function onPreviewReady(frame: HTMLIFrameElement, ready: () => void): void {
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (e.origin === location.origin && e.source === frame.contentWindow && (e.data as { type?: unknown } | null)?.type === READY) ready();
  });
}

/** In a preview frame: follow the slide the presenter window (and only it) asks for. */
export function followPresenter(show: (slide: number) => void): () => void {
  const onMessage = (e: MessageEvent<unknown>): void => {
    if (e.origin !== location.origin || e.source !== window.parent) return;
    const m = e.data as Partial<PreviewMessage> | null;
    if (m?.type === 'explainer-present:show' && typeof m.slide === 'number') show(m.slide);
  };
  window.addEventListener('message', onMessage);
  if (window.parent !== window) window.parent.postMessage({ type: READY }, location.origin);
  return () => window.removeEventListener('message', onMessage);
}
