import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from '../../src/integrations/islandStyleInHead';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyleToHead', () => {
  it('moves the island rule from the body to the end of the head, once', () => {
    const html = `<html><head><title>t</title></head><body><figure>${STYLE}<astro-island></astro-island></figure>${STYLE}</body></html>`;
    const out = moveIslandStyleToHead(html);
    expect(out).toBe(`<html><head><title>t</title>${STYLE}</head><body><figure><astro-island></astro-island></figure></body></html>`);
  });

  it('leaves a page without islands untouched', () => {
    const html = '<html><head></head><body><p>text</p></body></html>';
    expect(moveIslandStyleToHead(html)).toBe(html);
  });
});
