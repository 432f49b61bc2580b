/**
 * Where a chapter discusses each timeline event: the section around its first
 * `<EventLink id="…">`, so "Read in chapter N" opens that section rather than the chapter's
 * top. Build time only; reads the chapter's MDX source, never its HTML.
 *
 * The section is the marked box the link sits in (a fact check, background or since-then
 * box, whose id comes from its title: lib/calloutId.ts), else the nearest `##` or `###`
 * heading above it. Heading ids are the ones the Markdown pipeline gave (render()'s
 * `headings`, github-slugger), matched to the source's headings in order, so this module
 * never guesses a slug the renderer might spell differently.
 */
import { calloutId } from './calloutId';

/** A heading as render() reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
}

const HEADING = /^(#{2,3})\s+\S/;
const FENCE = /^\s*(```|~~~)/;
const BOX_OPEN = /<(FactCheck|Background|SinceThen)\b[^>]*?\btitle=(?:"([^"]*)"|'([^']*)')[^>]*>/g;
const BOX_CLOSE = /<\/(FactCheck|Background|SinceThen)>/g;
const EVENT_LINK = /<EventLink\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g;

/**
 * Event id → the id of the section that first links it, for one chapter. Events the chapter
 * never links, or first links above its first heading, are absent (the caller links the
 * chapter's top).
 */
export function eventSections(body: string, rendered: readonly RenderedHeading[]): Map<string, string> {
  // Only h2 and h3 come from `##`/`###` lines; the footnotes' own heading comes last and is
  // never matched by a source line, so positions line up.
  const slugs = rendered.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
  const out = new Map<string, string>();
  // A first link above every heading (the chapter's opening) keeps the chapter's top.
  const seen = new Set<string>();
  let heading: string | null = null;
  let headingCount = 0;
  const boxes: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (HEADING.test(line)) {
      heading = slugs[headingCount] ?? null;
      headingCount += 1;
      continue;
    }
    // Boxes, links and closing tags in the order they appear on the line.
    const tokens = [
      ...[...line.matchAll(BOX_OPEN)].map((m) => ({ at: m.index, kind: 'open' as const, value: calloutId(m[2] ?? m[3] ?? '') })),
      ...[...line.matchAll(BOX_CLOSE)].map((m) => ({ at: m.index, kind: 'close' as const, value: '' })),
      ...[...line.matchAll(EVENT_LINK)].map((m) => ({ at: m.index, kind: 'link' as const, value: m[1] ?? m[2] ?? '' })),
    ].sort((a, b) => a.at - b.at);
    for (const t of tokens) {
      if (t.kind === 'open') boxes.push(t.value);
      else if (t.kind === 'close') boxes.pop();
      else if (!seen.has(t.value)) {
        seen.add(t.value);
        const section = boxes.at(-1) ?? heading;
        if (section) out.set(t.value, section);
      }
    }
  }
  return out;
}
