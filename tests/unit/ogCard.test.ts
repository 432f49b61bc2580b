import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { chapterCard, CREDIT_LINE, eventCard, ogImagePath, pageCards } from '../../src/lib/og/ogCard';
import { cardTree, OG_HEIGHT, OG_WIDTH, titleSize } from '../../src/lib/og/ogLayout';
import { palettePng } from '../../src/lib/og/palettePng';

describe('share-card paths', () => {
  it('gives chapters, the site’s pages and unknown pages (404) the card that exists for them', () => {
    expect(ogImagePath('/chapters/nobodys-lackey/')).toBe('/og/chapters/nobodys-lackey.png');
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/timeline/')).toBe('/og/timeline.png');
    expect(ogImagePath('/map/')).toBe('/og/map.png');
    expect(ogImagePath('/404/')).toBe('/og/home.png');
    expect(ogImagePath('/constructor/')).toBe('/og/home.png');
  });

  it('renders an image at every path a page can point to', () => {
    const rendered = new Set(pageCards().map((c) => c.imagePath));
    for (const path of ['/', '/timeline/', '/map/', '/glossary/', '/about/', '/handout/', '/404/']) expect(rendered.has(ogImagePath(path)), path).toBe(true);
    const chapter = chapterCard({ slug: 'x', number: 1, total: 6, title: 'T', years: [2019] });
    expect(chapter.imagePath).toBe(ogImagePath('/chapters/x/'));
  });
});

describe('share-card content', () => {
  it('credits the original authors by family name and year, from site.ts', () => {
    expect(CREDIT_LINE).toBe('Explaining Barkin & Betancourt (2022)');
  });

  it('names a chapter’s number and an event’s date above the title, and highlights their years', () => {
    expect(chapterCard({ slug: 'x', number: 2, total: 6, title: 'T', years: [1848, 2021] })).toMatchObject({ kicker: 'Chapter 2 of 6', motif: { kind: 'timeline', highlight: [1848, 2021] } });
    expect(eventCard({ id: 'celac-founded', title: 'T', dateLabel: '3 December 2011', anchor: 2011 })).toEqual({
      imagePath: '/og/timeline/celac-founded.png',
      kicker: 'Timeline · 3 December 2011',
      title: 'T',
      motif: { kind: 'timeline', highlight: [2011] },
    });
  });

  it('shrinks long titles so they stay within three lines', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('A region pulled two ways: Mexico between Washington and its neighbours'));
    expect(titleSize('x'.repeat(120))).toBeLessThanOrEqual(44);
  });

  it('lays the card out at 1200×630 with the title and the credit line in it', () => {
    const tree = cardTree(chapterCard({ slug: 'x', number: 1, total: 6, title: 'The title', years: [] }), 'example.org');
    expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    const text = JSON.stringify(tree);
    for (const part of ['The title', 'Chapter 1 of 6', CREDIT_LINE, 'example.org', '1848', '2022']) expect(text).toContain(part);
  });
});

describe('palette PNG', () => {
  const rgba = (pixels: [number, number, number][]): Uint8Array => Uint8Array.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));

  it('encodes a few-colour image losslessly as an indexed PNG', () => {
    const pixels: [number, number, number][] = [[253, 252, 248], [163, 58, 31], [253, 252, 248], [28, 27, 24], [163, 58, 31], [28, 27, 24]];
    const png = Buffer.from(palettePng(rgba(pixels), 3, 2) ?? []);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 3]);
    const plteAt = png.indexOf('PLTE');
    const palette = png.subarray(plteAt + 4, plteAt + 4 + png.readUInt32BE(plteAt - 4));
    const idatAt = png.indexOf('IDAT');
    const rows = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
    const decoded = [...rows.subarray(1, 4), ...rows.subarray(5, 8)].map((i) => [...palette.subarray(i * 3, i * 3 + 3)]);
    expect(decoded).toEqual(pixels);
  });

  it('declines images with more than 256 colours', () => {
    const pixels = Array.from({ length: 300 }, (_, i): [number, number, number] => [i % 256, Math.floor(i / 256), 0]);
    expect(palettePng(rgba(pixels), 300, 1)).toBeNull();
  });
});
