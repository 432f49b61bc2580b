/**
 * A page seen as a deck: which element the slides are shown in (the stage), which of its
 * elements are blocks and of what kind, what each slide is called, and which presenter notes
 * belong to it. Two kinds of page present:
 *
 * - a chapter (article.chapter): its header, every top-level block of its prose, its
 *   discussion questions;
 * - a figure's own page (/timeline/, /map/): the heading and introduction, then the figure once
 *   per state (figureStates.ts), then any prose after it.
 *
 * Nothing here moves or rebuilds the page: blocks are shown and hidden in place
 * (presentMode.ts), so hydrated islands keep working.
 */
import { slideName, type Block, type Slide } from '../../lib/slidePlan';
import { figureStates, type FigureState } from './figureStates';
import { presentWords } from './presentWords';

export interface DeckBlock {
  el: HTMLElement;
  kind: Block['kind'];
  states?: FigureState[] | undefined;
}

export interface PageDeck {
  /** The element the slides are shown in. */
  stage: HTMLElement;
  blocks: DeckBlock[];
  /** Wrappers of blocks (the map page's explainer section), hidden when none of theirs is shown. */
  groups: HTMLElement[];
}

const FIGURE = '[data-present-figure], .figure-slot';
/** States are read once per figure, so a slide keeps its state object across re-planning. */
const statesOf = new WeakMap<HTMLElement, FigureState[]>();

/** The element present mode turns into slides on this page, if there is one. */
export function findStage(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('article.chapter') ??
    [...document.querySelectorAll<HTMLElement>('main article')].find((a) => a.querySelector(`:scope > ${FIGURE}`)) ??
    null
  );
}

const isChapter = (stage: HTMLElement): boolean => stage.matches('article.chapter');

/**
 * Where the title slide's QR code goes: in a chapter's header (beside the title), on a figure
 * page after the introduction (as one more title block).
 */
export function placeTitleQr(stage: HTMLElement, qr: HTMLElement): void {
  if (isChapter(stage)) stage.querySelector('.chapter-header')?.append(qr);
  else stage.querySelector(`:scope > ${FIGURE}`)?.before(qr);
}

function proseKind(el: HTMLElement): Block['kind'] {
  if (el.matches('.heading--2, h2')) return 'heading';
  if (el.matches('.heading--3, h3')) return 'subheading';
  if (el.matches(FIGURE)) return 'figure';
  return 'block';
}

// The figures' share menu (FigureShare.astro) and the data downloads are for the page, never slides of their own.
const SKIP = '.footnotes, script, style, template, figure-share, .data-downloads';

function chapterBlocks(stage: HTMLElement): DeckBlock[] {
  const out: DeckBlock[] = [];
  const header = stage.querySelector<HTMLElement>('.chapter-header');
  if (header) out.push({ el: header, kind: 'title' });
  for (const el of stage.querySelectorAll<HTMLElement>(':scope .prose > *')) {
    if (!el.matches(SKIP)) out.push({ el, kind: proseKind(el) });
  }
  const questions = stage.querySelector<HTMLElement>('.questions');
  if (questions) out.push({ el: questions, kind: 'questions' });
  return out;
}

function figurePageBlocks(stage: HTMLElement, groups: HTMLElement[]): DeckBlock[] {
  const out: DeckBlock[] = [];
  let seenFigure = false;
  for (const el of stage.querySelectorAll<HTMLElement>(':scope > *')) {
    if (el.matches(SKIP)) continue;
    if (el.matches(FIGURE)) {
      seenFigure = true;
      if (!statesOf.has(el)) statesOf.set(el, figureStates(el));
      out.push({ el, kind: 'figure', states: statesOf.get(el) });
    } else if (!seenFigure) {
      out.push({ el, kind: 'title' });
    } else if (el.matches('section, .prose') && el.children.length) {
      // Prose after the figure (the map page's explainer) is packed like a chapter's.
      groups.push(el);
      for (const child of el.querySelectorAll<HTMLElement>(':scope > *'))
        if (!child.matches(SKIP)) out.push({ el: child, kind: proseKind(child) });
    } else {
      out.push({ el, kind: proseKind(el) });
    }
  }
  return out;
}

/** The page's blocks, in reading order. */
export function collectDeck(stage: HTMLElement): PageDeck {
  const groups: HTMLElement[] = [];
  const blocks = isChapter(stage) ? chapterBlocks(stage) : figurePageBlocks(stage, groups);
  return { stage, blocks, groups };
}

/**
 * An element's accessible name as a screen reader would say it, for the figures slides are
 * named after: aria-labelledby (the figcaption), else aria-label, else the figcaption.
 */
export function accessibleName(el: Element): string {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const byIds = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  const name = byIds.trim() || el.getAttribute('aria-label')?.trim() || el.querySelector(':scope > figcaption')?.textContent?.trim() || '';
  return name.replace(/\s+/g, ' ');
}

/** What a slide is called in the overview, the live region and the presenter view. */
export function slideLabel(deck: PageDeck, slide: Slide<FigureState> | undefined): string {
  if (!slide) return '';
  if (slide.state) return slide.state.label;
  const words = presentWords();
  const first = deck.blocks[slide.blocks[0] ?? -1];
  if (first?.kind === 'title') return slideName({ kind: 'title' }, words);
  if (first?.kind === 'questions') return slideName({ kind: 'questions' }, words);
  const last = deck.blocks[slide.blocks.at(-1) ?? -1];
  if (last?.kind === 'figure') return slideName({ kind: 'figure', name: accessibleName(last.el) }, words);
  const heading = slide.heading !== null ? deck.blocks[slide.heading]?.el : undefined;
  const text = heading ? ((heading.querySelector('h2') ?? heading).textContent?.trim() ?? '') : null;
  return slideName({ kind: 'section', heading: text, continued: slide.continued }, words);
}

/**
 * The presenter notes that belong to a slide (fact checks, since-then notes, the discussion
 * questions, the event a timeline slide shows), as references another window showing the same
 * page resolves (presenterView.ts): "#id", or "@3" for the fourth [data-presenter-note].
 */
export function slideNotes(deck: PageDeck, slide: Slide<FigureState> | undefined): string[] {
  if (!slide) return [];
  const all = [...document.querySelectorAll('[data-presenter-note]')];
  const refs: string[] = [];
  for (const i of slide.blocks) {
    const el = deck.blocks[i]?.el;
    if (!el) continue;
    const notes = el.matches('[data-presenter-note]') ? [el] : [...el.querySelectorAll('[data-presenter-note]')];
    for (const n of notes) refs.push(n.id ? `#${n.id}` : `@${all.indexOf(n)}`);
  }
  if (slide.state?.note) refs.push(slide.state.note);
  return refs;
}

/** The element a note reference names on this page. */
export function resolveNote(ref: string): Element | null {
  if (ref.startsWith('#')) return document.getElementById(decodeURIComponent(ref.slice(1)));
  if (ref.startsWith('@')) return document.querySelectorAll('[data-presenter-note]')[Number(ref.slice(1))] ?? null;
  return null;
}
