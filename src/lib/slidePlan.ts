/**
 * Presentation mode's deck, as pure data: which blocks of a page go on which slide, and which
 * state a figure shows on it. The browser measures each block at slide size; this module
 * packs them. No DOM here.
 *
 * A deck is either a chapter's blocks (text packed into slides, each figure a slide of its
 * own) or, on the timeline and map pages, a figure's states: one slide per event or per key
 * date, the figure showing that state. Both come out of `planSlides`.
 */
import { fill } from './fill';

/** One top-level block of the page as present mode sees it. `S` is what a figure can show. */
export interface Block<S = never> {
  /** title: the page's heading and what introduces it (every title block shares the first
   * slide); heading: an H2 section start; subheading: an H3 (never the last thing on a
   * slide); figure: a timeline or map (always a slide of its own, or one per state);
   * questions: the discussion questions (the last slide). */
  kind: 'title' | 'heading' | 'subheading' | 'block' | 'figure' | 'questions';
  /** Height in CSS px at slide size. */
  height: number;
  /** A figure stepped through: one slide per state, in this order. */
  states?: readonly S[] | undefined;
}

/** A slide: the indexes of the blocks it shows, and its heading block if it continues one. */
export interface Slide<S = never> {
  blocks: number[];
  /** Index of the H2 this slide belongs to (shown again on continuation slides). */
  heading: number | null;
  continued: boolean;
  /** What the figure on this slide shows (an event, a date), for a figure's states. */
  state?: S | undefined;
}

/**
 * Packs blocks into slides that each fit `available` px: a new slide at every heading,
 * figure and the questions; a long section continues on further slides under its heading.
 * A single block taller than a slide gets a slide of its own rather than being cut. A
 * subheading that would end a slide moves to the next one, with the text it introduces.
 * A figure with states gets one slide per state.
 */
export function planSlides<S = never>(blocks: readonly Block<S>[], available: number): Slide<S>[] {
  const slides: Slide<S>[] = [];
  let current: Slide<S> | null = null;
  let used = 0;
  let heading: number | null = null;
  let headingHeight = 0;

  const start = (first: number[], h: number | null, continued: boolean, height: number): void => {
    current = { blocks: first, heading: h, continued };
    slides.push(current);
    used = height;
  };

  blocks.forEach((block, i) => {
    if (block.kind === 'title') {
      // Consecutive title blocks (a page's h1 and its introduction) share the first slide.
      const previous = slides.at(-1);
      if (previous && blocks[previous.blocks.at(-1) ?? -1]?.kind === 'title') previous.blocks.push(i);
      else start([i], null, false, block.height);
      current = null;
      return;
    }
    if (block.kind === 'figure' && block.states?.length) {
      for (const state of block.states) slides.push({ blocks: [i], heading, continued: false, state });
      current = null;
      return;
    }
    if (block.kind === 'questions' || block.kind === 'figure') {
      // A slide of its own; whatever follows starts a fresh slide.
      start([i], block.kind === 'figure' ? heading : null, false, block.height);
      current = null;
      return;
    }
    if (block.kind === 'heading') {
      heading = i;
      headingHeight = block.height;
      start([i], i, false, block.height);
      return;
    }
    const slide = current;
    if (slide && used + block.height <= available) {
      slide.blocks.push(i);
      used += block.height;
      return;
    }
    // Overflow (or first block after a figure): continue the section under its heading,
    // taking along a subheading left stranded at the bottom of the previous slide.
    const carried: number[] = [];
    let carriedHeight = 0;
    const last = slide?.blocks.at(-1);
    if (slide && last !== undefined && blocks[last]?.kind === 'subheading' && slide.blocks.length > 1 && last !== slide.heading) {
      slide.blocks.pop();
      carried.push(last);
      carriedHeight = blocks[last]?.height ?? 0;
    }
    const lead = heading !== null ? [heading] : [];
    start([...lead, ...carried, i], heading, heading !== null, (heading !== null ? headingHeight : 0) + carriedHeight + block.height);
  });
  return slides;
}

/** Slide number (1-based) from a `slide` query value, clamped to the deck. */
export function slideFromQuery(value: string | null, count: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n) || count === 0) return 1;
  return Math.min(Math.max(n, 1), count);
}

/**
 * After the slides are planned again (a new screen size, the web font arriving), the slide
 * that now shows what the reader was looking at: the same figure state, else the same first
 * block. 1-based; 1 when nothing matches.
 */
export function slideAfterReplan<S>(
  slides: readonly Slide<S>[],
  was: Pick<Slide<S>, 'blocks' | 'state'> | undefined,
  same: (a: S, b: S) => boolean = Object.is,
): number {
  if (!was) return 1;
  const first = was.blocks[0] ?? 0;
  const state = was.state;
  const index =
    state !== undefined
      ? slides.findIndex((s) => s.state !== undefined && same(s.state, state))
      : slides.findIndex((s) => s.state === undefined && s.blocks.includes(first));
  return index >= 0 ? index + 1 : 1;
}

/** What a slide is named after, as pageDeck.ts reads it from the page. */
export type SlideSubject =
  | { kind: 'title' }
  | { kind: 'questions' }
  | { kind: 'figure'; name: string }
  /** A section's slide: its H2's words (null before the first H2: the introduction). */
  | { kind: 'section'; heading: string | null; continued: boolean };

/** The words slide names are made of: the `present` dictionary section of the page's language. */
export interface SlideNameWords {
  titleSlide: string;
  questionsSlide: string;
  introduction: string;
  /** "{heading} (continued)" */
  continued: string;
  /** "Figure: {name}" */
  figure: string;
  figureUnnamed: string;
}

/**
 * A slide's name in the overview, the live region and the presenter view: "Title", "Figure:
 * …", "Why CELAC (continued)", "Introduction"; in Spanish "Portada", "Figura: …", and so on.
 */
export function slideName(subject: SlideSubject, words: SlideNameWords): string {
  switch (subject.kind) {
    case 'title':
      return words.titleSlide;
    case 'questions':
      return words.questionsSlide;
    case 'figure':
      return subject.name ? fill(words.figure, { name: subject.name }) : words.figureUnnamed;
    case 'section': {
      const text = subject.heading ?? words.introduction;
      return subject.continued ? fill(words.continued, { heading: text }) : text;
    }
  }
}
