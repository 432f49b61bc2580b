/**
 * What a slide in present mode shows, measured in the page: the size every visible piece of
 * text is drawn at, and whether any text or figure box lies under the control bar or the
 * "more on this slide" cue. Used by tests/e2e/present.test.ts and tests/tools/present-audit.ts.
 *
 * `auditSlide` runs inside the page (page.evaluate), so it is self-contained: no imports and
 * no helpers from this module.
 */

export interface SlideText {
  /** Drawn size in CSS px (font-size times CSS zoom, or times the SVG's scale for SVG text). */
  size: number;
  /** The island it is inside ('.tl' the timeline, '.mm' the map, else 'astro-island'), or null
   * for the page's own text (prose, captions, kickers). */
  island: string | null;
  text: string;
  /** A short selector-like trail to find the element: "p.mm-date__shown". */
  where: string;
}

export interface SlideAudit {
  texts: SlideText[];
  /** Boxes that intersect the bar or the cue: "text 'Both' under .present-bar". */
  overlaps: string[];
  /** Whether the bar and the cue were found and visible (so an empty `overlaps` means something). */
  controls: { bar: boolean; cue: boolean };
}

export function auditSlide(): SlideAudit {
  type Box = { left: number; top: number; right: number; bottom: number };
  const intersect = (a: Box, b: Box): Box | null => {
    const r = {
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    };
    return r.right - r.left > 0.5 && r.bottom - r.top > 0.5 ? r : null;
  };
  const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  /** The part of a box its own and its ancestors' overflow clipping leave drawn (null: none). */
  const drawn = (el: Element, box: Box): Box | null => {
    let out: Box | null = box;
    for (let a: Element | null = el; a && out; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (
        s.overflowX !== 'visible' ||
        s.overflowY !== 'visible' ||
        s.clipPath !== 'none' ||
        (s.getPropertyValue('clip') || 'auto') !== 'auto'
      ) {
        out = intersect(out, a.getBoundingClientRect());
      }
    }
    return out;
  };
  /** The part of it on the screen now. */
  const clipped = (el: Element, box: Box): Box | null => {
    const d = drawn(el, box);
    return d && intersect(d, viewport);
  };
  const ui = '.present-bar, .present-more, .present-status, .present-dialog, .present-presenter';
  const trail = (el: Element): string => {
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
    return el.tagName.toLowerCase() + (cls ? '.' + cls.trim().split(/\s+/).join('.') : '');
  };
  const islandOf = (el: Element): string | null =>
    el.closest('.tl') ? '.tl' : el.closest('.mm') ? '.mm' : el.closest('astro-island') ? 'astro-island' : null;
  const zoomOf = (el: Element): number => {
    let z = 1;
    for (let a: Element | null = el; a; a = a.parentElement) z *= parseFloat(getComputedStyle(a).zoom || '1') || 1;
    return z;
  };

  const controls: Box[] = [];
  const names: string[] = [];
  const found = { bar: false, cue: false };
  for (const [sel, key] of [
    ['.present-bar', 'bar'],
    ['.present-more', 'cue'],
  ] as const) {
    const el = document.querySelector(sel);
    if (!el || !el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    controls.push(r);
    names.push(sel);
    found[key] = true;
  }

  const texts: SlideText[] = [];
  const overlaps: string[] = [];
  const underControls = (el: Element, box: Box, what: string): void => {
    const seen = clipped(el, box);
    if (!seen) return;
    controls.forEach((c, i) => {
      if (intersect(seen, c)) overlaps.push(`${what} under ${names[i]}`);
    });
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue?.trim();
    const el = node.parentElement;
    if (!value || !el || el.closest(ui) || el.closest('script, style, template, noscript')) continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    // Decorative SVG hidden from assistive technology (icons) is not text a class reads.
    if (el.closest('svg[aria-hidden="true"]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width >= 2 && r.height >= 2);
    // Visually hidden (sr-only: 1 px, clipped) text draws nothing a reader sees; text below
    // the screen on a tall slide still counts for its size (the slide scrolls to it).
    if (!rects.some((r) => drawn(el, r))) continue;
    const shown = rects.filter((r) => clipped(el, r));
    const inSvg = el.closest('svg');
    if (inSvg && !el.closest('foreignObject')) {
      const text = el.closest('text') ?? el;
      const m = (text as SVGGraphicsElement).getScreenCTM?.();
      const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
      texts.push({
        size: parseFloat(getComputedStyle(text).fontSize) * scale,
        island: islandOf(el),
        text: value.slice(0, 40),
        where: trail(text),
      });
    } else {
      texts.push({
        size: parseFloat(getComputedStyle(el).fontSize) * zoomOf(el),
        island: islandOf(el),
        text: value.slice(0, 40),
        where: trail(el),
      });
    }
    for (const r of shown) underControls(el, r, `text '${value.slice(0, 30)}' (${trail(el)})`);
  }
  const figures =
    '.prose svg:not(svg svg), main svg:not(svg svg), main img, main canvas, main input, main button, main select, main .mm-swatch';
  for (const el of document.querySelectorAll(figures)) {
    if (el.closest(ui) || el.matches('svg[aria-hidden="true"]')) continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    underControls(el.parentElement ?? el, el.getBoundingClientRect(), `box ${trail(el)}`);
  }
  return { texts, overlaps: [...new Set(overlaps)], controls: found };
}
