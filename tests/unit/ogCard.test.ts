import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { chapterCard, CREDIT_LINE, creditLine, eventCard, ogImageAlt, pageCards } from '../../src/lib/og/ogCard';
import { ogImagePath } from '../../src/lib/urls';
import { cardTree, hasMotif, OG_HEIGHT, OG_WIDTH, titleSize } from '../../src/lib/og/ogLayout';
import { palettePng } from '../../src/lib/og/palettePng';
import { cardFonts } from '../../src/lib/og/ogRender';
import satori from 'satori';
import { dictionary } from '../../src/i18n';

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
    const rendered = new Set(pageCards({ celac: 33, states: 35 }).map((c) => c.imagePath));
    for (const path of ['/', '/timeline/', '/map/', '/glossary/', '/about/', '/handout/', '/404/'])
      expect(rendered.has(ogImagePath(path)), path).toBe(true);
    const chapter = chapterCard({ slug: 'x', number: 1, total: 6, title: 'T', years: [2019] });
    expect(chapter.imagePath).toBe(ogImagePath('/chapters/x/'));
  });
});

describe('share-card content', () => {
  it('credits the original authors by family name and year, from site.ts', () => {
    expect(CREDIT_LINE).toBe('Explaining Barkin & Betancourt (2022)');
  });

  it('names a chapter’s number and an event’s date above the title, and highlights their years', () => {
    expect(chapterCard({ slug: 'x', number: 2, total: 6, title: 'T', years: [1848, 2021] })).toMatchObject({
      kicker: 'Chapter 2 of 6',
      motif: { kind: 'timeline', highlight: [1848, 2021] },
    });
    expect(eventCard({ id: 'celac-founded', title: 'T', dateLabel: '3 December 2011', anchor: 2011 })).toEqual({
      imagePath: '/og/timeline/celac-founded.png',
      kicker: 'Timeline · 3 December 2011',
      title: 'T',
      motif: { kind: 'timeline', highlight: [2011] },
      locale: 'en',
    });
  });

  it('shrinks long titles so they stay clear of the year strip', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('A region pulled two ways: Mexico between Washington and its neighbours'));
    expect(titleSize('x'.repeat(120))).toBeLessThanOrEqual(46);
    expect(titleSize('x'.repeat(120), false)).toBeGreaterThan(titleSize('x'.repeat(120)));
  });

  it('lays the card out at 1200×630 with the title, the year strip and the credit line in it', () => {
    const tree = cardTree(chapterCard({ slug: 'x', number: 1, total: 6, title: 'The title', years: [2021] }), 'example.org');
    expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    const text = JSON.stringify(tree);
    for (const part of ['The title', 'Chapter 1 of 6', CREDIT_LINE, 'example.org', '1848', '2022', 'Since']) expect(text).toContain(part);
  });

  it('drops the year strip when the card highlights no year, and lights “Since” for the years after the op-ed', () => {
    const plain = cardTree(chapterCard({ slug: 'x', number: 4, total: 7, title: 'T', years: [] }), 'example.org');
    expect(JSON.stringify(plain)).not.toContain('1848');
    expect(hasMotif({ kind: 'timeline', highlight: [] })).toBe(false);
    expect(hasMotif({ kind: 'timeline', highlight: [2025] })).toBe(true);
  });

  it('gives the home card a title of its own, not the site name it is headed with', () => {
    const home = pageCards({ celac: 33, states: 35 }).find((c) => c.imagePath === '/og/home.png');
    expect(home?.title).not.toBe('Integration or Independence?');
  });

  it('nests quotation marks in the image’s alt text instead of doubling them', () => {
    expect(ogImageAlt('“Nobody’s lackey”: López Obrador’s case against the OAS')).toBe(
      'Integration or Independence?: “‘Nobody’s lackey’: López Obrador’s case against the OAS”. Explaining Barkin & Betancourt (2022).',
    );
  });

  it('counts the map card’s states from what it is given', () => {
    const map = pageCards({ celac: 30, states: 35 }).find((c) => c.imagePath === '/og/map.png');
    expect(map?.motif).toEqual({ kind: 'states', celac: 30, states: 35 });
    expect(JSON.stringify(cardTree(map!, 'x'))).toContain('30 in CELAC');
  });
});

describe('Spanish share cards', () => {
  it('live under /es/og/, one for every Spanish page', () => {
    const rendered = new Set(pageCards({ celac: 33, states: 35 }, 'es').map((c) => c.imagePath));
    for (const path of ['/es/', '/es/linea-de-tiempo/', '/es/mapa/', '/es/glosario/', '/es/acerca/', '/es/material-impreso/'])
      expect(rendered.has(ogImagePath(path)), path).toBe(true);
    expect(chapterCard({ slug: 'x', number: 1, total: 6, title: 'T', years: [] }, 'es').imagePath).toBe(ogImagePath('/es/capitulos/x/'));
    expect(eventCard({ id: 'celac-founded', title: 'T', dateLabel: 'd', anchor: 2011 }, 'es').imagePath).toBe(
      ogImagePath('/es/linea-de-tiempo/celac-founded/'),
    );
  });

  it('say everything in Spanish: site name, kicker, strip, counts and credit line', () => {
    const chapter = cardTree(
      chapterCard({ slug: 'x', number: 2, total: 7, title: '¿Lacayo de nadie?', years: [2025] }, 'es'),
      'example.org',
    );
    const text = JSON.stringify(chapter);
    for (const part of [
      '¿Integración o independencia?',
      'Capítulo 2 de 7',
      '¿Lacayo de nadie?',
      'Después',
      'Para entender a Barkin y Betancourt (2022)',
    ])
      expect(text).toContain(part);
    const event = eventCard({ id: 'e', title: 'T', dateLabel: '3 de diciembre de 2011', anchor: 2011 }, 'es');
    expect(event.kicker).toBe('Línea de tiempo · 3 de diciembre de 2011');
    const map = pageCards({ celac: 33, states: 35 }, 'es').find((c) => c.imagePath === '/es/og/map.png');
    const mapText = JSON.stringify(cardTree(map!, 'x'));
    expect(mapText).toContain('33 en la CELAC');
    expect(mapText).toContain('2 fuera de ella');
    for (const english of ['Chapter', 'Since', 'Explaining', 'in CELAC', 'Integration or']) expect(text + mapText).not.toContain(english);
  });

  it('have Spanish alt text and credit', () => {
    expect(creditLine('es')).toBe('Para entender a Barkin y Betancourt (2022)');
    expect(ogImageAlt('“Lacayo de nadie”', 'es')).toBe(
      '¿Integración o independencia?: “‘Lacayo de nadie’”. Para entender a Barkin y Betancourt (2022).',
    );
  });
});

describe('the cards’ font', () => {
  it('draws every character of the Spanish cards (¿¡ñáéíóú…) without asking for another font', async () => {
    const { tools, site } = dictionary('es');
    const words = [site.title, ...Object.values(tools.og.pages).flatMap((p) => [p.kicker, p.title]), tools.og.credit];
    const text = `${words.join(' ')} ¿¡ áéíóúüñ ÁÉÍÓÚÜÑ “ ” ‘ ’ · – —`;
    const missing: string[] = [];
    const tree = { type: 'div', props: { style: { display: 'flex', fontFamily: 'Source Serif 4' }, children: text } };
    await satori(tree as unknown as Parameters<typeof satori>[0], {
      width: 1200,
      height: 630,
      fonts: await cardFonts(),
      loadAdditionalAsset: async (_code: string, segment: string) => {
        missing.push(segment);
        return [];
      },
    });
    expect(missing).toEqual([]);
  });
});

describe('palette PNG', () => {
  const rgba = (pixels: [number, number, number][]): Uint8Array => Uint8Array.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));

  it('encodes a few-colour image losslessly as an indexed PNG', () => {
    const pixels: [number, number, number][] = [
      [253, 252, 248],
      [163, 58, 31],
      [253, 252, 248],
      [28, 27, 24],
      [163, 58, 31],
      [28, 27, 24],
    ];
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
