/**
 * The presenter view (`?presenter`), for the teacher's own screen while the slides are
 * projected, after reveal.js's speaker view: the current and the next slide (frames of the
 * deck, `?present&slide=N&preview`, drawn at the projector's size and scaled down), the notes
 * that belong to the current slide, the time since the view opened (with a reset), and
 * previous / next. It steers the projected window and follows it over the page's
 * BroadcastChannel (presentSync.ts); the keys a clicker sends work here too.
 *
 * It is the same page as the slides, so a note is resolved from this page's own copy of it.
 */
import { formatElapsed } from '../../lib/elapsedTime';
import { actionForKey } from '../../lib/presentKeys';
import { resolveNote } from './pageDeck';
import { button, el } from './presentDom';
import { onPreviewReady, openChannel, showInPreview, type DeckMessage, type PresenterMessage } from './presentSync';
import { fill } from '../../lib/fill';
import { presentWords } from './presentWords';
import { slidePreviewSrc } from '../../lib/urls';

type State = Extract<DeckMessage, { type: 'state' }>;

/** A frame of the deck at the projector's size, scaled to fit its box. */
function previewFrame(title: string): {
  box: HTMLElement;
  frame: HTMLIFrameElement;
  show(slide: number | null, width: number, height: number): void;
} {
  const T = presentWords();
  const frame = el('iframe', { title, className: 'presenter-frame__iframe', tabIndex: -1 });
  const empty = el('p', { className: 'presenter-frame__end', hidden: true }, T.end);
  const box = el('div', { className: 'presenter-frame' }, frame, empty);
  let size = { width: 1920, height: 1080 };
  let wanted: number | null = null;
  const fit = (): void => {
    const scale = box.clientWidth / size.width;
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    frame.style.transform = `scale(${scale})`;
    box.style.aspectRatio = `${size.width} / ${size.height}`;
  };
  new ResizeObserver(fit).observe(box);
  // A frame that was still starting has not heard the last slide it was asked for: ask again.
  onPreviewReady(frame, () => {
    if (wanted !== null) showInPreview(frame, wanted);
  });
  return {
    box,
    frame,
    show(slide, width, height) {
      const resized = width !== size.width || height !== size.height;
      size = { width, height };
      if (resized) fit();
      frame.hidden = slide === null;
      empty.hidden = slide !== null;
      if (slide === null || slide === wanted) return;
      wanted = slide;
      if (!frame.getAttribute('src')) frame.src = slidePreviewSrc(location.pathname, slide);
      else showInPreview(frame, slide);
    },
  };
}

/** A copy of a note for this view: the same words, without ids that would clash with the page. */
function noteCopy(ref: string): Node | null {
  const note = resolveNote(ref);
  if (!note) return null;
  const copy = note.cloneNode(true) as HTMLElement;
  for (const node of [copy, ...copy.querySelectorAll('[id], [aria-labelledby], [aria-describedby]')]) {
    for (const a of ['id', 'aria-labelledby', 'aria-describedby', 'data-off']) node.removeAttribute(a);
  }
  copy.classList.add('presenter-note');
  return copy;
}

function timer(): { node: HTMLElement; reset: () => void } {
  const T = presentWords();
  let start = Date.now();
  const clock = el('span', { className: 'presenter-timer__clock' }, formatElapsed(0));
  // role=timer is not announced as it ticks (implicit aria-live off), which is what a
  // screen-reader user wants from a clock that changes every second.
  clock.setAttribute('role', 'timer');
  const tick = (): void => {
    clock.textContent = formatElapsed(Date.now() - start);
  };
  window.setInterval(tick, 1000);
  const reset = (): void => {
    start = Date.now();
    tick();
  };
  const node = el(
    'p',
    { className: 'presenter-timer ui' },
    el('span', {}, `${T.elapsed} `),
    clock,
    ' ',
    button(T.resetTimer.label, T.resetTimer.text, reset, 'present-btn'),
  );
  return { node, reset };
}

export function openPresenterView(): void {
  const root = document.documentElement;
  if (root.hasAttribute('data-presenter')) return;
  const T = presentWords();
  root.toggleAttribute('data-presenter', true);
  const pageTitle = document.querySelector('main h1')?.textContent?.trim() ?? document.title;

  const current = previewFrame(T.current);
  const next = previewFrame(T.upNext);
  const nextLabel = el('p', { className: 'presenter-label ui' });
  const label = el('p', { className: 'presenter-label ui' });
  const notesBody = el('div', { className: 'presenter-notes__body' }, el('p', {}, T.noSlideNotes));
  const status = el('p', { className: 'presenter-status ui' }, T.waiting);
  status.setAttribute('aria-live', 'polite');
  const channel = openChannel<DeckMessage, PresenterMessage>(onDeck);
  const ask = (action: 'next' | 'prev' | 'first' | 'last'): void => channel.send({ type: 'act', action });
  const { node: clock } = timer();

  const view = el(
    'main',
    { className: 'presenter', id: 'presenter' },
    el('header', { className: 'presenter__head' }, el('h1', { className: 'ui' }, fill(T.presenterHeading, { page: pageTitle })), clock),
    el('section', { className: 'presenter__current' }, el('h2', { className: 'ui' }, T.current), current.box, label),
    el(
      'div',
      { className: 'presenter__side' },
      el('section', { className: 'presenter__next' }, el('h2', { className: 'ui' }, T.upNext), next.box, nextLabel),
      el('section', { className: 'presenter-notes' }, el('h2', { className: 'ui' }, T.slideNotes), notesBody),
    ),
    el(
      'nav',
      { className: 'presenter__nav ui' },
      button(T.presenterPrev.label, T.presenterPrev.text, () => ask('prev')),
      status,
      button(T.presenterNext.label, T.presenterNext.text, () => ask('next')),
    ),
  );
  view.querySelector('nav')?.setAttribute('aria-label', T.presenterTitle);
  view.setAttribute('tabindex', '-1');
  document.body.append(view);
  document.title = fill(T.presenterHeading, { page: document.title });
  view.focus();

  function onDeck(m: DeckMessage): void {
    if (m.type === 'closed') {
      status.textContent = T.closed;
      return;
    }
    show(m);
  }

  function show(s: State): void {
    status.textContent = fill(T.status, { n: s.slide, total: s.total, label: s.label });
    label.textContent = s.label;
    nextLabel.textContent = s.nextLabel ?? T.end;
    current.show(s.slide, s.width, s.height);
    next.show(s.slide < s.total ? s.slide + 1 : null, s.width, s.height);
    const notes = s.notes.map(noteCopy).filter((n): n is Node => n !== null);
    notesBody.replaceChildren(...(notes.length ? notes : [el('p', {}, T.noSlideNotes)]));
  }

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const action = actionForKey(e);
    if (action !== 'next' && action !== 'prev' && action !== 'first' && action !== 'last') return;
    if (e.key === ' ' && target?.closest('button, a')) return;
    e.preventDefault();
    ask(action);
  });
  channel.send({ type: 'hello' });
}
