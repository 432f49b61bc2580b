import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { baseURL, launch, openPage } from '../support/browser';
import { chapterPaths, pagesToVisit } from '../support/sitePages';

/** Pages keep working for readers on hostile setups: school proxies, old phones, Windows high contrast. */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());
const chapter = (): string => chapterPaths()[0] ?? '/';

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
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toMatch(/fallback|Georgia|serif/);
    expect(errors).toEqual([]);
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
