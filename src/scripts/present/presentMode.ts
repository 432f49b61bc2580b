/**
 * Present mode: the chapter as slides for a classroom projector. Nothing is rebuilt or
 * moved: each top-level block of the chapter is measured at slide size, packed into slides
 * (lib/slidePlan.ts) and shown or hidden in place, so hydrated islands keep working.
 */
import { planSlides, slideFromQuery, type Block, type Slide } from '../../lib/slidePlan';
import { actionForKey, type PresentAction } from '../../lib/presentKeys';
import { buildControls, type Controls } from './presentControls';

interface Deck {
  blocks: HTMLElement[];
  slides: Slide[];
  current: number; // 1-based
  controls: Controls;
  previousTheme: string | undefined;
}

let deck: Deck | null = null;

function collectBlocks(article: HTMLElement): { el: HTMLElement; kind: Block['kind'] }[] {
  const out: { el: HTMLElement; kind: Block['kind'] }[] = [];
  const header = article.querySelector<HTMLElement>('.chapter-header');
  if (header) out.push({ el: header, kind: 'title' });
  for (const el of article.querySelectorAll<HTMLElement>(':scope .prose > *')) {
    if (el.matches('.footnotes, script, style, template')) continue;
    const kind: Block['kind'] = el.matches('.heading--2')
      ? 'heading'
      : el.matches('.heading--3')
        ? 'subheading'
        : el.matches('[data-present-figure], .figure-slot')
        ? 'figure'
        : 'block';
    out.push({ el, kind });
  }
  const questions = article.querySelector<HTMLElement>('.questions');
  if (questions) out.push({ el: questions, kind: 'questions' });
  return out;
}

function outerHeight(el: HTMLElement): number {
  const s = getComputedStyle(el);
  return el.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
}

function plan(article: HTMLElement): { blocks: HTMLElement[]; slides: Slide[] } {
  const found = collectBlocks(article);
  for (const { el } of found) el.removeAttribute('data-off');
  const style = getComputedStyle(article);
  const available = window.innerHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const blocks = found.map(({ el, kind }) => ({ kind, height: outerHeight(el) }));
  return { blocks: found.map((f) => f.el), slides: planSlides(blocks, Math.max(available, 200)) };
}

function slideLabel(d: Pick<Deck, 'blocks' | 'slides'>, index: number): string {
  const slide = d.slides[index];
  if (!slide) return '';
  const first = d.blocks[slide.blocks[0] ?? 0];
  if (first?.matches('.chapter-header')) return 'Title';
  if (first?.matches('.questions')) return 'Questions for discussion';
  const last = d.blocks[slide.blocks[slide.blocks.length - 1] ?? 0];
  if (last?.matches('[data-present-figure], .figure-slot')) return `Figure: ${last.getAttribute('aria-label') ?? 'illustration'}`;
  const heading = slide.heading !== null ? d.blocks[slide.heading]?.querySelector('h2')?.textContent ?? '' : 'Introduction';
  return slide.continued ? `${heading} (continued)` : heading;
}

function show(n: number): void {
  if (!deck) return;
  const d = deck;
  d.current = Math.min(Math.max(n, 1), d.slides.length);
  const visible = new Set(d.slides[d.current - 1]?.blocks ?? []);
  d.blocks.forEach((el, i) => el.toggleAttribute('data-off', !visible.has(i)));
  const url = new URL(location.href);
  url.searchParams.set('present', '');
  url.searchParams.set('slide', String(d.current));
  history.replaceState(history.state, '', url.href.replace('present=&', 'present&').replace(/present=$/, 'present'));
  d.controls.update(d.current, d.slides.length, slideLabel(d, d.current - 1));
  window.scrollTo(0, 0);
  markMoreBelow();
}

/**
 * A slide holding one block taller than the screen (a long fact check, a figure with its
 * table) is not cut: next and previous first scroll through it by most of a screen, the way
 * a reader would, and only then change slide. Returns whether it scrolled.
 */
function scrollWithinSlide(direction: 1 | -1): boolean {
  const room = direction > 0 ? roomBelow() : window.scrollY;
  if (room <= 2) return false;
  window.scrollBy({ top: direction * Math.min(room, window.innerHeight * 0.8), behavior: 'instant' });
  return true;
}

/** Marks the page while the current slide has more below the screen, for a visual cue. */
function markMoreBelow(): void {
  document.documentElement.toggleAttribute('data-present-more', Boolean(deck) && roomBelow() > 2);
}

/** How far the current slide runs on below the bottom of the screen, in CSS px. */
function roomBelow(): number {
  return document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
}

function act(action: PresentAction): void {
  if (!deck) return;
  const d = deck;
  if (action === 'exit' && d.controls.closeDialogs()) return;
  switch (action) {
    case 'next':
      if (!scrollWithinSlide(1)) show(d.current + 1);
      return;
    case 'prev':
      if (!scrollWithinSlide(-1)) show(d.current - 1);
      return;
    case 'first': return show(1);
    case 'last': return show(d.slides.length);
    case 'exit': return exitPresentMode();
    case 'fullscreen':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    case 'overview': return d.controls.toggleOverview(d.slides.map((_, i) => slideLabel(d, i)), d.current);
    case 'notes': return d.controls.toggleDialog('notes');
    case 'qr': return d.controls.toggleDialog('qr');
  }
}

function onKey(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable], [role="listbox"], [role="slider"], [role="application"]')) return;
  if (target?.closest('dialog') && e.key !== 'Escape' && !/^[oOgGnNqQ]$/.test(e.key)) return;
  const action = actionForKey(e);
  if (!action) return;
  // Buttons keep Space/Enter for themselves.
  if (action === 'next' && e.key === ' ' && target?.closest('button, a')) return;
  e.preventDefault();
  act(action);
}

/** Plans the slides again for new sizes, staying on the slide that shows the same first block. */
function replan(): void {
  const article = document.querySelector<HTMLElement>('article.chapter');
  if (!deck || !article) return;
  const firstBlock = deck.slides[deck.current - 1]?.blocks[0] ?? 0;
  Object.assign(deck, plan(article));
  const again = deck.slides.findIndex((s) => s.blocks.includes(firstBlock));
  show(again >= 0 ? again + 1 : 1);
}

let resizeTimer = 0;
function onResize(): void {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(replan, 150);
}

export function enterPresentMode(): void {
  const article = document.querySelector<HTMLElement>('article.chapter');
  if (deck || !article) return;
  const root = document.documentElement;
  const previousTheme = root.dataset['theme'];
  root.dataset['theme'] = 'contrast';
  root.toggleAttribute('data-present', true);
  const controls = buildControls(article, act, show);
  deck = { ...plan(article), current: 1, controls, previousTheme };
  show(slideFromQuery(new URLSearchParams(location.search).get('slide'), deck.slides.length));
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', onResize);
  window.addEventListener('scroll', markMoreBelow, { passive: true });
  // Entered before the web font arrived, the plan measured the fallback; measure the real text.
  if (document.fonts.status !== 'loaded') void document.fonts.ready.then(replan);
  controls.focusStage();
}

export function exitPresentMode(): void {
  if (!deck) return;
  const d = deck;
  const anchor = d.blocks[d.slides[d.current - 1]?.blocks.at(-1) ?? 0];
  for (const el of d.blocks) el.removeAttribute('data-off');
  d.controls.destroy();
  const root = document.documentElement;
  root.removeAttribute('data-present');
  if (d.previousTheme) root.dataset['theme'] = d.previousTheme;
  if (document.fullscreenElement) void document.exitFullscreen();
  document.removeEventListener('keydown', onKey);
  window.removeEventListener('resize', onResize);
  window.removeEventListener('scroll', markMoreBelow);
  root.removeAttribute('data-present-more');
  const url = new URL(location.href);
  url.searchParams.delete('present');
  url.searchParams.delete('slide');
  history.replaceState(history.state, '', url.href);
  deck = null;
  anchor?.scrollIntoView({ block: 'start' });
}
