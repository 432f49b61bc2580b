import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from '../../src/integrations/islandStyleInHead';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyleToHead', () => {
  it('moves the island rule from the body to the end of the head, once', () => {
    const html = `<html><head><title>t</title></head><body><figure>${STYLE}<astro-island></astro-island></figure>${STYLE}</body></html>`;
    const out = moveIslandStyleToHead(html);
    expect(out.html).toBe(`<html><head><title>t</title>${STYLE}</head><body><figure><astro-island></astro-island></figure></body></html>`);
    expect(out).toMatchObject({ moved: true, hasIsland: true, inHead: true });
  });

  it('leaves a page without islands untouched', () => {
    const html = '<html><head></head><body><p>text</p></body></html>';
    expect(moveIslandStyleToHead(html)).toEqual({ html, moved: false, hasIsland: false, inHead: false });
  });

  it('reports an island whose rule is nowhere to be moved (the build fails on it)', () => {
    const out = moveIslandStyleToHead('<html><head></head><body><astro-island></astro-island></body></html>');
    expect(out).toMatchObject({ moved: false, hasIsland: true, inHead: false });
  });

  it('finds the rule however the style tag is written (attributes, quotes, case of the body)', () => {
    const html = `<html><head></head><BODY class='x'><div><style>astro-island,astro-slot,astro-static-slot{display:contents}</style><astro-island uid="1"></astro-island></div></BODY></html>`;
    const out = moveIslandStyleToHead(html);
    expect(out.moved).toBe(true);
    expect(out.html.indexOf('display:contents')).toBeLessThan(out.html.indexOf('</head>'));
  });
});

describe('moveIslandStyleToHead keeps the island’s server HTML as React wrote it', () => {
  it('keeps text before and after React’s <!-- --> markers, so hydration matches', () => {
    const island = '<astro-island><p class="mm-legend__title">States on <!-- -->13 April 2022</p></astro-island>';
    const out = moveIslandStyleToHead(`<!DOCTYPE html><html><head></head><body>${STYLE}${island}</body></html>`);
    expect(out.html).toContain(island);
  });
});
