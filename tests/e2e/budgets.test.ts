import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from '../support/browser';
import { measurePage, type PageWeight } from '../support/pageWeight';
import { pagesToVisit } from '../support/sitePages';

/**
 * The deterministic budgets of issue 6 (bytes, not timings; `npm run audit` reports the rest).
 * Sizes are gzipped at level 9 over everything a first visit fetches, islands included.
 */
const KB = 1024;
let browser: Browser;
const weights: PageWeight[] = [];
beforeAll(async () => {
  browser = await launch();
  for (const path of pagesToVisit()) weights.push(await measurePage(browser, baseURL(), path));
}, 900_000);
afterAll(async () => browser?.close());

const js = (w: PageWeight): number => w.bytes.js + w.inlineJs;

describe('budgets', () => {
  it('weighs every island it claims to: after scrolling to the end, none is left unhydrated', () => {
    // The weights below count an island's scripts only if it hydrated. With the site's smooth
    // scrolling, a plain scrollTo loop once stopped on the first screen and left every island
    // below it out of the numbers.
    const withIslands = weights.filter((w) => w.hasIslands);
    expect(withIslands.length).toBeGreaterThan(4);
    for (const w of weights) expect(w.unhydrated, w.path).toBe(0);
    for (const w of withIslands) expect(w.frameworkJs, `${w.path} React`).toBeGreaterThan(0);
  });

  it('a chapter page without islands ships no framework JS, ≤ 10 KB of JS and ≤ 30 KB of HTML+CSS+JS', () => {
    const plain = weights.filter((w) => /^\/(chapters|es\/capitulos)\//.test(w.path) && !w.hasIslands);
    expect(plain.length).toBeGreaterThan(1);
    for (const w of plain) {
      expect(w.frameworkJs, w.path).toBe(0);
      expect(js(w), `${w.path} JS`).toBeLessThanOrEqual(10 * KB);
      // 35 KB (34,943 B) while one route built every page and so one stylesheet carried every
      // view's styles, the timeline's and the map's among them. Since the chapters have a route
      // of their own and the figures link their own stylesheets: 29,226 B in English, 30,476 B
      // in Spanish (longer prose). Issue 11's target (the median chapter no heavier than a
      // plain Starlight page, 26 KB) is still to be met.
      expect(w.bytes.html + w.bytes.css + w.bytes.js, `${w.path} HTML+CSS+JS`).toBeLessThanOrEqual(30 * KB);
    }
  });

  it("a chapter's stylesheets carry only the styles of what it shows: no other view's, no figure it lacks", () => {
    const chapters = weights.filter((w) => /^\/(chapters|es\/capitulos)\//.test(w.path));
    expect(chapters.length).toBeGreaterThan(4);
    for (const w of chapters) {
      const html = readFileSync(`dist${w.path}index.html`, 'utf8');
      const css = w.urls
        .filter((u) => u.endsWith('.css'))
        .map((u) => readFileSync(`dist${new URL(u).pathname}`, 'utf8'))
        .join('\n');
      // Other views' own classes (the handout's, the teachers' page's and its lessons' and QR code's).
      for (const selector of ['.handout__', '.teach__', '.lesson', '.qr-code'])
        expect(css.includes(selector), `${w.path} CSS has ${selector}`).toBe(false);
      // A figure's styles come with the figure, and only then.
      expect(css.includes('.tl-chart'), `${w.path}: timeline styles`).toBe(html.includes('class="timeline-figure'));
      expect(css.includes('.mm-map'), `${w.path}: map styles`).toBe(html.includes('class="map-figure'));
    }
  });

  it('no page, not even the heaviest, transfers more than 250 KB on a first visit, fonts included', () => {
    for (const w of weights) expect(w.total, w.path).toBeLessThanOrEqual(250 * KB);
  });

  it('fonts are one subset file per face actually used (at most two woff2 files), 60 KB at most per page', () => {
    for (const w of weights) {
      const fonts = w.urls.filter((u) => u.endsWith('.woff2'));
      expect(fonts.length, w.path).toBeLessThanOrEqual(2);
      expect(w.bytes.font, `${w.path} fonts`).toBeLessThanOrEqual(60 * KB);
    }
  });
});
