import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, currentUrl, VIEWPORTS } from '../support/browser';
import { builtHtml, sitemapPaths } from '../support/sitePages';
import { LOCALE_INFO, LOCALES, DEFAULT_LOCALE, type Locale } from '../../src/lib/locales';
import { parsePath } from '../../src/lib/urls';

/**
 * The editions in every language (issue 12): each page names its language and its twins
 * (hreflang both ways, x-default, og:locale, the sitemap), and the header's switch lands on the
 * same place in the other language: the same section, event, map date and slide.
 */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const localeOfPath = (path: string): Locale => parsePath(path)?.locale ?? DEFAULT_LOCALE;

/** hreflang → absolute URL, as the page's <link rel="alternate"> tags give them. */
function alternates(path: string): Map<string, string> {
  const html = builtHtml(path);
  return new Map(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1] ?? '', new URL(m[2] ?? '').pathname]),
  );
}

const paths = sitemapPaths();

describe('every page names its language and its twins', () => {
  it('the sitemap lists the pages of every language', () => {
    for (const locale of LOCALES) expect(paths.filter((p) => localeOfPath(p) === locale).length, locale).toBeGreaterThan(50);
    const counts = LOCALES.map((l) => paths.filter((p) => localeOfPath(p) === l).length);
    expect(new Set(counts).size, `pages per language: ${counts.join(', ')}`).toBe(1);
  });

  it.each(paths)('%s: html lang, og:locale, hreflang for each language and x-default, reciprocal', (path) => {
    const html = builtHtml(path);
    const locale = localeOfPath(path);
    expect(html).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}"`);
    expect(html).toContain(`<meta property="og:locale" content="${LOCALE_INFO[locale].ogLocale}">`);
    const links = alternates(path);
    for (const l of LOCALES) expect(links.get(LOCALE_INFO[l].hreflang), `${path} → ${l}`).toBeDefined();
    expect(links.get(LOCALE_INFO[locale].hreflang)).toBe(path);
    expect(links.get('x-default')).toBe(links.get(LOCALE_INFO[DEFAULT_LOCALE].hreflang));
    // og:locale:alternate names exactly the other languages the page exists in.
    const ogAlternates = [...html.matchAll(/<meta property="og:locale:alternate" content="([^"]+)">/g)].map((m) => m[1]).sort();
    const twins = LOCALES.filter((l) => l !== locale && links.has(LOCALE_INFO[l].hreflang)).map((l) => LOCALE_INFO[l].ogLocale);
    expect(ogAlternates).toEqual(twins.sort());
    // Both ways: the twin names this page back.
    for (const l of LOCALES)
      expect(alternates(links.get(LOCALE_INFO[l].hreflang) ?? '').get(LOCALE_INFO[locale].hreflang), `${path} ↔ ${l}`).toBe(path);
  });

  it('the sitemap gives each page its alternates', () => {
    const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const entries = xml.split('<url>').slice(1);
    expect(entries.length).toBe(paths.length);
    for (const entry of entries) {
      for (const l of LOCALES) expect(entry, entry.slice(0, 120)).toContain(`hreflang="${LOCALE_INFO[l].hreflang}"`);
      expect(entry).toContain('hreflang="x-default"');
    }
  });
});

const spanish = (path: string): string => alternates(path).get(LOCALE_INFO.es.hreflang) ?? '';
const switchTo = async (page: Page, locale: Locale): Promise<void> => {
  await page.locator(`language-switch a[data-locale="${locale}"]`).click();
  await page.waitForURL((url) => localeOfPath(url.pathname) === locale);
};

describe('the language switch lands on the same place', () => {
  const chapter = paths.find((p) => p.startsWith('/chapters/nobodys-lackey/')) ?? '';

  it('a chapter section becomes the same section of the translation, and back', async () => {
    const ids = [...builtHtml(chapter).matchAll(/<h2 id="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((id) => !['footnote-label', 'questions'].includes(id));
    const twinIds = [...builtHtml(spanish(chapter)).matchAll(/<h2 id="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((id) => !['footnote-label', 'questions'].includes(id));
    const { page, context } = await openPage(browser, `${chapter}#${ids[2]}`);
    await switchTo(page, 'es');
    const there = await currentUrl(page);
    expect(there.pathname).toBe(spanish(chapter));
    expect(decodeURIComponent(there.hash)).toBe(`#${twinIds[2]}`);
    await switchTo(page, 'en');
    expect((await currentUrl(page)).href).toBe(new URL(`${chapter}#${ids[2]}`, there).href);
    await context.close();
  });

  it('present mode keeps its slide; the map keeps its date; the timeline keeps its event', async () => {
    for (const [from, query, hash] of [
      [chapter, '?present&slide=3', ''],
      ['/map/', '?date=2019-04-27', ''],
      ['/timeline/', '', '#bolivia-election'],
    ] as const) {
      const { page, context } = await openPage(browser, `${from}${query}${hash}`);
      await expect.poll(async () => (await currentUrl(page)).hash).toBe(hash);
      // In present mode the header is hidden: the switch is reached as a link, as a keyboard user would.
      await page.locator('language-switch a[data-locale="es"]').evaluate((a: HTMLAnchorElement) => a.click());
      await page.waitForURL((url) => localeOfPath(url.pathname) === 'es');
      const there = await currentUrl(page);
      expect(there.pathname, from).toBe(spanish(from));
      // Every parameter the page had goes along (the timeline may add its event's ?date meanwhile).
      for (const [key, value] of new URLSearchParams(query)) expect(there.searchParams.get(key), `${from} ${key}`).toBe(value);
      expect(there.hash, from).toBe(hash);
      await context.close();
    }
  }, 60_000); // three pages, each opened twice from a cold load

  it('in present mode the bar offers the other language and lands on the same section, still presenting', async () => {
    const sectionIds = (path: string): string[] => [...builtHtml(path).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] ?? '');
    const ids = sectionIds(chapter);
    const twinIds = sectionIds(spanish(chapter));
    // The heading the slide on screen belongs to (a continued slide shows its section's heading again).
    const shownHeading = (page: Page): Promise<string> =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('article.chapter h2[id]')].find((h) => h.id !== 'footnote-label' && !h.closest('[data-off]'))?.id ??
          '',
      );
    const counter = (page: Page) => page.locator('.present-counter');
    const { page, context } = await openPage(browser, `${chapter}?present&slide=6`);
    await page.waitForSelector('html[data-present]');
    await expect.poll(() => counter(page).textContent()).toMatch(/^6 \/ \d+$/);
    // A visible control in the bar (the header is off screen), named in its own language.
    const link = page.locator('.present-bar a.present-lang[data-locale="es"]');
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.getAttribute('lang')).resolves.toBe('es');
    // It follows the slides: a copied or middle-clicked link names the section on screen. Slide 5
    // is in the second section in English and still in the first in Spanish (at this size), so
    // carrying the number would land a section early.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page).textContent()).toMatch(/^5 \//);
    const heading = await shownHeading(page);
    expect(ids.indexOf(heading)).toBeGreaterThan(0);
    const twinHeading = twinIds[ids.indexOf(heading)];
    await expect
      .poll(async () => decodeURIComponent(new URL((await link.getAttribute('href')) ?? '', page.url()).hash))
      .toBe(`#${twinHeading}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => localeOfPath(url.pathname) === 'es');
    expect((await currentUrl(page)).pathname).toBe(spanish(chapter));
    await page.waitForSelector('html[data-present]');
    // The Spanish sections take more slides than the English ones (18 against 20 here), so the
    // number alone would not do: the deck opens on the translation of the section that was shown.
    await expect.poll(() => shownHeading(page)).toBe(twinHeading);
    // The address is an ordinary slide address again, numbered in the Spanish deck.
    await expect
      .poll(async () => (await currentUrl(page)).searchParams.get('slide') === (await counter(page).textContent())?.split(' / ')[0])
      .toBe(true);
    // And back, from the Spanish bar, to the English section.
    await page.locator('.present-bar a.present-lang[data-locale="en"]').click();
    await page.waitForURL((url) => localeOfPath(url.pathname) === 'en');
    await page.waitForSelector('html[data-present]');
    await expect.poll(() => shownHeading(page)).toBe(heading);
    await context.close();
  }, 60_000);

  it('an event page leads to the same event', () => {
    const event = paths.find((p) => p.startsWith('/timeline/') && p !== '/timeline/') ?? '';
    expect(spanish(event)).toBe(event.replace('/timeline/', `/es/${LOCALE_INFO.es.routes.timeline}/`));
  });

  it('remembers the choice and offers it on a page in the other language, without redirecting', async () => {
    const { page, context } = await openPage(browser, '/');
    await expect(page.locator('[data-lang-offer]').first().isVisible()).resolves.toBe(false);
    await switchTo(page, 'es');
    await page.goto(new URL('/map/', page.url()).href);
    expect((await currentUrl(page)).pathname).toBe('/map/');
    const offer = page.locator('[data-lang-offer="es"]');
    await expect.poll(() => offer.isVisible()).toBe(true);
    await expect(offer.getAttribute('lang')).resolves.toBe('es');
    await offer.locator('[data-dismiss]').click();
    await expect.poll(() => offer.isVisible()).toBe(false);
    await page.reload();
    await expect(page.locator('[data-lang-offer="es"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('on the narrowest phone (320 px) the title, the switch and the theme picker never overlap, in either language', async () => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const overlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const path of ['/', '/es/', '/es/linea-de-tiempo/', chapter]) {
      const { page, context } = await openPage(browser, path, { viewport: VIEWPORTS.narrow });
      const boxes = await page.evaluate(() => {
        const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        // The title's words, not its box: a long word can run past a box allowed to shrink.
        const words = document.createRange();
        words.selectNodeContents(document.querySelector('.site-title') as Node);
        return {
          title: box(words.getBoundingClientRect()),
          languages: box((document.querySelector('language-switch') as Element).getBoundingClientRect()),
          theme: box((document.querySelector('theme-select') as Element).getBoundingClientRect()),
          header: box((document.querySelector('.site-header') as Element).getBoundingClientRect()),
        };
      });
      expect(overlap(boxes.title, boxes.languages), `${path}: title and language switch`).toBe(false);
      expect(overlap(boxes.title, boxes.theme), `${path}: title and theme picker`).toBe(false);
      expect(overlap(boxes.languages, boxes.theme), `${path}: language switch and theme picker`).toBe(false);
      for (const b of [boxes.title, boxes.languages, boxes.theme]) expect(b.right, path).toBeLessThanOrEqual(boxes.header.right);
      await context.close();
    }
  });

  it('without JavaScript the switch is a plain link to the twin page', async () => {
    const { page, context } = await openPage(browser, chapter, { javaScriptEnabled: false });
    await expect(page.locator('language-switch a[data-locale="es"]').getAttribute('href')).resolves.toBe(spanish(chapter));
    await context.close();
  });
});
