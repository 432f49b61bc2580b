/**
 * Presentation mode's deck, as pure data: which blocks of a chapter go on which slide.
 * The browser measures each block at slide size; this module packs them. No DOM here.
 */

/** One top-level block of the chapter as present mode sees it. */
export interface Block {
  /** title: the chapter header; heading: an H2 section start; subheading: an H3 (never the
   * last thing on a slide); figure: a timeline or map (always a slide of its own);
   * questions: the discussion questions (the last slide). */
  kind: 'title' | 'heading' | 'subheading' | 'block' | 'figure' | 'questions';
  /** Height in CSS px at slide size. */
  height: number;
}

/** A slide: the indexes of the blocks it shows, and its heading block if it continues one. */
export interface Slide {
  blocks: number[];
  /** Index of the H2 this slide belongs to (shown again on continuation slides). */
  heading: number | null;
  continued: boolean;
}

/**
 * Packs blocks into slides that each fit `available` px: a new slide at every heading,
 * figure and the questions; a long section continues on further slides under its heading.
 * A single block taller than a slide gets a slide of its own rather than being cut. A
 * subheading that would end a slide moves to the next one, with the text it introduces.
 */
export function planSlides(blocks: readonly Block[], available: number): Slide[] {
  const slides: Slide[] = [];
  let current: Slide | null = null;
  let used = 0;
  let heading: number | null = null;
  let headingHeight = 0;

  const start = (first: number[], h: number | null, continued: boolean, height: number): void => {
    current = { blocks: first, heading: h, continued };
    slides.push(current);
    used = height;
  };

  blocks.forEach((block, i) => {
    if (block.kind === 'title' || block.kind === 'questions' || block.kind === 'figure') {
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
    const slide = current as Slide | null;
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
