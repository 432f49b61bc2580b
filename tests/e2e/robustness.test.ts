import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { baseURL, launch, openPage } from '../support/browser';
import { chapterPaths, pagesToVisit } from '../support/sitePages';

/** Pages keep working for readers on hostile setups: school proxies, old phones, Windows high contrast. */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());
const chapter = (): string => chapterPaths()[0] ?? '/';

/** The font-family stack of body text, unquoted: the site serif, its Astro fallback, then Georgia and serif. */
async function bodyStack(page: Page): Promise<string[]> {
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  return family.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * The font Chromium actually draws with (DevTools CSS.getPlatformFontsForNode), for the first
 * element in <main> set in the body font, or for a probe element styled with `probeStyle`.
 */
async function renderedFont(
  context: BrowserContext,
  page: Page,
  probeStyle?: string,
): Promise<{ familyName: string; isCustomFont: boolean }> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate((style) => {
    document.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe');
    if (style) {
      const probe = document.createElement('p');
      probe.textContent = 'Sovereignty and integration';
      probe.setAttribute('style', style);
      probe.dataset.fontProbe = '';
      document.body.append(probe);
      return;
    }
    const body = getComputedStyle(document.body).fontFamily;
    // Visible, more than a screen-reader-only pixel, with its own text, in the body font.
    const el = [...document.querySelectorAll('main *')].find(
      (e) =>
        e instanceof HTMLElement &&
        e.checkVisibility({ visibilityProperty: true }) &&
        e.offsetWidth > 10 &&
        [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent?.trim().length ?? 0) > 10) &&
        getComputedStyle(e).fontFamily === body,
    );
    el?.setAttribute('data-font-probe', '');
  }, probeStyle);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  expect(nodeId, 'no text in <main> is set in the body font').toBeGreaterThan(0);
  // A node laid out a moment ago may report no fonts yet on a busy machine: ask until it has drawn.
  let fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] = [];
  for (let attempt = 0; attempt < 20 && fonts.length === 0; attempt++) {
    if (attempt > 0) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    ({ fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }));
  }
  await cdp.detach();
  const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
  return { familyName: main?.familyName ?? '', isCustomFont: main?.isCustomFont ?? false };
}

describe('robustness', () => {
  it.each(pagesToVisit())('%s renders its text when fonts and images are blocked', async (path) => {
    const context = await browser.newContext();
    await context.route(/\.(woff2?|png|jpe?g|webp|avif|svg)(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(baseURL() + path, { waitUntil: 'load' });
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(300);
    expect(await page.locator('h1').isVisible()).toBe(true);
    // Body text is set in the site serif, backed by the metric-matched fallback Astro generates for it.
    const [serif = '', fallback = ''] = await bodyStack(page);
    expect(serif).toMatch(/^Source Serif 4\b/);
    expect(fallback.slice(0, `${serif} fallback: `.length)).toBe(`${serif} fallback: `);
    // The block worked: the web font failed, so what follows checks the fallback, not Source Serif.
    const faces = await page.evaluate((f) => [...document.fonts].filter((face) => face.family === f).map((face) => face.status), serif);
    // (Faces the page never asks for, such as an unused italic, stay 'unloaded'.)
    expect(faces).toContain('error');
    expect(faces).not.toContain('loaded');
    // The text is drawn in the fallback: the fallback face's local font (e.g. Times New Roman, with
    // Source Serif's metrics) when the machine has it, otherwise what "Georgia, serif" resolves to here.
    const fallbackLoaded = await page.evaluate(
      (f) => [...document.fonts].some((face) => face.family === f && face.status === 'loaded'),
      fallback,
    );
    const drawn = await renderedFont(context, page);
    expect(drawn.isCustomFont).toBe(false);
    if (fallbackLoaded) expect(drawn.familyName).toBe(fallback.split('fallback: ')[1]);
    else expect(drawn.familyName).toBe((await renderedFont(context, page, 'font-family: Georgia, serif')).familyName);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with fonts allowed, body text is drawn in the subset Source Serif 4, not a fallback', async () => {
    const { page, context } = await openPage(browser, chapter());
    const drawn = await renderedFont(context, page);
    expect(drawn).toEqual({ familyName: 'Source Serif 4', isCustomFont: true });
    await context.close();
  });

  it('in forced-colors (Windows high contrast) mode a chapter keeps its structure and passes axe', async () => {
    const { page, context } = await openPage(browser, chapter(), { forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // Fact checks must stay distinguishable without their background colour.
    const border = await page
      .locator('.callout')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).not.toBe('none');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('with reduced motion, scrolling to an anchor jumps instead of animating', async () => {
    const { page, context } = await openPage(browser, chapter(), { reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
    const moving = await openPage(browser, chapter(), { reducedMotion: 'no-preference' });
    expect(await moving.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await moving.context.close();
  });
});
