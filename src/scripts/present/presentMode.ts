/**
 * Present mode: a page as slides for a classroom projector. A chapter's blocks are measured at
 * slide size and packed into slides (lib/slidePlan.ts); on /timeline/ and /map/ the figure is
 * shown once per event or key date (figureStates.ts). Nothing is rebuilt or moved: blocks are
 * shown or hidden in place (pageDeck.ts), so hydrated islands keep working.
 *
 * The slides scroll inside <main>, above a row of their own for the controls, so a control
 * never covers a slide. `?present&slide=N&preview` is the same deck without controls, for the
 * presenter view's frames (presenterView.ts); the projected window tells the presenter view
 * where it is over a BroadcastChannel (presentSync.ts).
 */
import { planSlides, slideAfterReplan, slideFromQuery, type Slide } from '../../lib/slidePlan';
import { actionForKey, type PresentAction } from '../../lib/presentKeys';
import { buildControls, type Controls, type SlidePlace } from './presentControls';
import { collectDeck, findStage, placeTitleQr, slideLabel, slideNotes, type PageDeck } from './pageDeck';
import type { FigureState } from './figureStates';
import { el } from './presentDom';
import { qrFigure } from './presentQr';
import { followPresenter, openChannel, type Channel, type DeckMessage, type PresenterMessage } from './presentSync';
import { presentWords } from './presentWords';
import { isPreview, presenterHref, slideHref, slideOf, withoutPresent } from '../../lib/urls';

interface Deck {
  page: PageDeck;
  slides: Slide<FigureState>[];
  current: number; // 1-based
  /** The figure state last shown, so showing the same slide again does not re-select it. */
  shownState: string | null;
  /** The element the slides scroll in (<main>). */
  scroller: HTMLElement;
  controls: Controls | null;
  channel: Channel<DeckMessage> | null;
  titleQr: HTMLElement;
  previousTheme: string | undefined;
  /** Where focus was before the mode started; it goes back there when the mode ends. */
  returnFocus: HTMLElement | null;
  cleanup: (() => void)[];
}

let deck: Deck | null = null;

function outerHeight(node: HTMLElement): number {
  const s = getComputedStyle(node);
  return node.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
}

function plan(stage: HTMLElement, scroller: HTMLElement): Pick<Deck, 'page' | 'slides'> {
  const page = collectDeck(stage);
  for (const { el: block } of page.blocks) block.removeAttribute('data-off');
  for (const group of page.groups) group.removeAttribute('data-off');
  const style = getComputedStyle(stage);
  const available = scroller.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const blocks = page.blocks.map(({ el: block, kind, states }) => ({ kind, states, height: outerHeight(block) }));
  return { page, slides: planSlides(blocks, Math.max(available, 200)) };
}

function show(n: number): void {
  if (!deck) return;
  const d = deck;
  d.current = Math.min(Math.max(n, 1), d.slides.length);
  const slide = d.slides[d.current - 1];
  const visible = new Set(slide?.blocks ?? []);
  d.page.blocks.forEach(({ el: block }, i) => block.toggleAttribute('data-off', !visible.has(i)));
  for (const group of d.page.groups) group.toggleAttribute('data-off', ![...group.children].some((c) => !c.hasAttribute('data-off')));
  if (slide?.state && slide.state.key !== d.shownState) {
    d.shownState = slide.state.key;
    slide.state.show();
  }
  history.replaceState(history.state, '', slideHref(location.href, d.current));
  d.controls?.update(d.current, d.slides.length, slideLabel(d.page, slide), placeOf(d, slide));
  d.scroller.scrollTop = 0;
  markMoreBelow();
  tellPresenter();
}

/** The heading id of the section a slide shows, unless the slide is the same in every language (presentControls.ts). */
function placeOf(d: Deck, slide: Slide<FigureState> | undefined): SlidePlace {
  const first = slide && !slide.state ? (slide.heading ?? slide.blocks[0]) : undefined;
  const block = first === undefined ? undefined : d.page.blocks[first];
  if (!block || block.kind === 'title') return { heading: null };
  const heading = block.el.matches('h2[id]') ? block.el : block.el.querySelector('h2[id]');
  return { heading: heading?.id || null };
}

/**
 * The slide a `?present#id` address opens at, when it names no slide number: the first slide
 * showing the element `#id` (a section's heading, from another language's deck).
 */
function slideShowing(d: Deck, hash: string): number | null {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (!target || !d.page.stage.contains(target)) return null;
  const block = d.page.blocks.findIndex(({ el: b }) => b === target || b.contains(target));
  const i = block === -1 ? -1 : d.slides.findIndex((s) => !s.state && s.blocks.includes(block));
  return i === -1 ? null : i + 1;
}

/** Tells the presenter view where the slides are. */
function tellPresenter(): void {
  const d = deck;
  if (!d?.channel) return;
  const next = d.slides[d.current];
  d.channel.send({
    type: 'state',
    slide: d.current,
    total: d.slides.length,
    label: slideLabel(d.page, d.slides[d.current - 1]),
    nextLabel: next ? slideLabel(d.page, next) : null,
    notes: slideNotes(d.page, d.slides[d.current - 1]),
    width: window.innerWidth,
    height: window.innerHeight,
  });
}

/** How far the current slide runs on below the bottom of the screen, in CSS px. */
function roomBelow(): number {
  if (!deck) return 0;
  const s = deck.scroller;
  return s.scrollHeight - s.clientHeight - s.scrollTop;
}

/**
 * A slide holding one block taller than the screen (a long fact check, a figure with its
 * table) is not cut: next and previous first scroll through it by most of a screen, the way
 * a reader would, and only then change slide. Returns whether it scrolled.
 */
function scrollWithinSlide(direction: 1 | -1): boolean {
  if (!deck) return false;
  const s = deck.scroller;
  const room = direction > 0 ? roomBelow() : s.scrollTop;
  if (room <= 2) return false;
  s.scrollBy({ top: direction * Math.min(room, s.clientHeight * 0.8), behavior: 'instant' });
  return true;
}

/** Marks the page while the current slide has more below the screen, for the visual cue. */
function markMoreBelow(): void {
  const more = Boolean(deck) && roomBelow() > 2;
  document.documentElement.toggleAttribute('data-present-more', more);
  deck?.controls?.setMore(more);
}

function openPresenterView(): void {
  // One presenter window per page: pressing S again brings it back rather than opening another.
  const opened = window.open(
    presenterHref(location.pathname, location.origin),
    `presenter:${location.pathname}`,
    'popup,width=1280,height=800',
  );
  if (opened) opened.focus();
  else deck?.controls?.announce(presentWords().popupBlocked);
}

function act(action: PresentAction): void {
  if (!deck) return;
  const d = deck;
  if (action === 'exit' && d.controls?.closeDialogs()) return;
  switch (action) {
    case 'next':
      if (!scrollWithinSlide(1)) show(d.current + 1);
      return;
    case 'prev':
      if (!scrollWithinSlide(-1)) show(d.current - 1);
      return;
    case 'first':
      return show(1);
    case 'last':
      return show(d.slides.length);
    case 'exit':
      return exitPresentMode();
    case 'fullscreen':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    case 'overview':
      return d.controls?.toggleOverview(
        d.slides.map((s) => slideLabel(d.page, s)),
        d.current,
      );
    case 'notes':
      return d.controls?.toggleDialog('notes');
    case 'qr':
      return d.controls?.toggleDialog('qr');
    case 'presenter':
      return openPresenterView();
  }
}

function onPresenterMessage(m: PresenterMessage): void {
  if (m.type === 'hello') tellPresenter();
  else if (m.type === 'act') act(m.action);
  else if (m.type === 'go') show(m.slide);
}

function onKey(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable], [role="listbox"], [role="slider"], [role="application"]')) return;
  if (target?.closest('dialog') && e.key !== 'Escape' && !/^[oOgGnNqQsS]$/.test(e.key)) return;
  const action = actionForKey(e);
  if (!action) return;
  // Buttons keep Space/Enter for themselves.
  if (action === 'next' && e.key === ' ' && target?.closest('button, a')) return;
  e.preventDefault();
  act(action);
}

/** Plans the slides again for new sizes, staying on the slide that shows the same thing. */
function replan(): void {
  if (!deck) return;
  const was = deck.slides[deck.current - 1];
  Object.assign(deck, plan(deck.page.stage, deck.scroller));
  show(slideAfterReplan(deck.slides, was, (a, b) => a.key === b.key));
}

let resizeTimer = 0;
function onResize(): void {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(replan, 150);
}

function listen(d: Deck, target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
  target.addEventListener(type, handler, options);
  d.cleanup.push(() => target.removeEventListener(type, handler, options));
}

export function enterPresentMode(): void {
  const stage = findStage();
  const scroller = document.querySelector<HTMLElement>('main');
  if (deck || !stage || !scroller) return;
  const preview = isPreview(location.search);
  const active = document.activeElement;
  const root = document.documentElement;
  const previousTheme = root.dataset['theme'];
  root.dataset['theme'] = 'contrast';
  root.toggleAttribute('data-present', true);
  root.toggleAttribute('data-present-preview', preview);
  stage.toggleAttribute('data-present-stage', true);
  scroller.toggleAttribute('data-present-scroller', true);
  const titleQr = el('div', { className: 'present-title-qr' }, qrFigure());
  placeTitleQr(stage, titleQr);
  const d: Deck = {
    page: { stage, blocks: [], groups: [] },
    slides: [],
    current: 1,
    shownState: null,
    scroller,
    controls: preview ? null : buildControls(stage, act, show),
    channel: preview ? null : openChannel<PresenterMessage, DeckMessage>(onPresenterMessage),
    titleQr,
    previousTheme,
    returnFocus: active instanceof HTMLElement && active !== document.body ? active : null,
    cleanup: [],
  };
  deck = d;
  Object.assign(d, plan(stage, scroller));
  const asked = slideOf(location.search);
  show((asked === null ? slideShowing(d, location.hash) : null) ?? slideFromQuery(asked, d.slides.length));
  listen(d, window, 'resize', onResize);
  listen(d, scroller, 'scroll', markMoreBelow, { passive: true });
  // A figure hydrating (or a state opening) changes the slide's height after it is shown.
  const grows = new ResizeObserver(markMoreBelow);
  grows.observe(stage);
  d.cleanup.push(() => grows.disconnect());
  // Entered before the web font arrived, the plan measured the fallback; measure the real text.
  if (document.fonts.status !== 'loaded') void document.fonts.ready.then(replan);
  if (preview) {
    // A picture of a slide for the presenter view: nothing in it takes focus or a click.
    document.body.inert = true;
    d.cleanup.push(followPresenter(show));
    return;
  }
  listen(d, document, 'keydown', onKey as EventListener);
  listen(d, window, 'pagehide', () => d.channel?.send({ type: 'closed' }));
  stage.setAttribute('tabindex', '-1');
  stage.focus({ preventScroll: true });
}

export function exitPresentMode(): void {
  if (!deck) return;
  const d = deck;
  const anchor = d.page.blocks[d.slides[d.current - 1]?.blocks.at(-1) ?? 0]?.el;
  for (const { el: block } of d.page.blocks) block.removeAttribute('data-off');
  for (const group of d.page.groups) group.removeAttribute('data-off');
  d.controls?.destroy();
  d.titleQr.remove();
  d.channel?.send({ type: 'closed' });
  d.channel?.close();
  d.cleanup.forEach((undo) => undo());
  const root = document.documentElement;
  root.removeAttribute('data-present');
  root.removeAttribute('data-present-preview');
  root.removeAttribute('data-present-more');
  if (d.previousTheme) root.dataset['theme'] = d.previousTheme;
  else delete root.dataset['theme'];
  d.page.stage.removeAttribute('data-present-stage');
  d.page.stage.removeAttribute('tabindex');
  d.scroller.removeAttribute('data-present-scroller');
  if (document.fullscreenElement) void document.exitFullscreen();
  history.replaceState(history.state, '', withoutPresent(location.href));
  deck = null;
  anchor?.scrollIntoView({ block: 'start' });
  // Back where the reader was: the Present button, or whatever had focus before.
  const back = d.returnFocus;
  if (back?.isConnected && back.checkVisibility()) back.focus({ preventScroll: true });
  else document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
}
