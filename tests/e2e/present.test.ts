import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { currentUrl, launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const path = (): string => chapterPaths()[1] ?? chapterPaths()[0] ?? '/';
const slideParam = async (page: Page): Promise<string | null> => (await currentUrl(page)).searchParams.get('slide');
const counter = (page: Page): Promise<string | null> => page.locator('.present-counter').textContent();
async function present(query = '?present', options = {}): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(browser, path() + query, { viewport: VIEWPORTS.projector, ...options });
  await opened.page.waitForSelector('html[data-present]');
  return opened;
}

describe('present mode', () => {
  it('?present turns the chapter into slides with big, high-contrast type and no navigation', async () => {
    const { page, context, consoleErrors } = await present();
    expect(await counter(page)).toMatch(/^1 \/ \d+$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('contrast');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const h1 = await page.locator('article h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(h1).toBeGreaterThanOrEqual(48);
    // The title slide carries the QR code of the chapter's canonical URL.
    await expect(page.locator('.present-title-qr svg').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const sizes = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('article h2, article .prose p')].filter((e) => e.offsetParent !== null);
      return visible.map((e) => ({ tag: e.tagName, size: parseFloat(getComputedStyle(e).fontSize) }));
    });
    expect(sizes.length).toBeGreaterThan(0);
    for (const { tag, size } of sizes) expect(size, tag).toBeGreaterThanOrEqual(tag === 'H2' ? 48 : 32);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('every slide fits the projector screen', async () => {
    const { page, context } = await present();
    const total = Number((await counter(page))?.split('/')[1]);
    for (let i = 1; i <= total; i++) {
      const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      // A single block taller than a slide may scroll; everything else must fit.
      const blocks = await page.locator('article .prose > :not([data-off]):not(.footnotes)').count();
      if (blocks > 2) expect(overflow, `slide ${i}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('PageDown');
    }
    await context.close();
  });

  it('scrolls through a slide taller than the screen before moving on, in every chapter', async () => {
    let tall = 0;
    for (const chapter of chapterPaths()) {
      const { page, context } = await openPage(browser, `${chapter}?present`, { viewport: VIEWPORTS.projector });
      await page.waitForSelector('html[data-present]');
      await page.evaluate(() => document.fonts.ready);
      const total = Number((await counter(page))?.split('/')[1]);
      for (let i = 1; i <= total; i++) {
        const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
        if (overflow > 2) {
          tall += 1;
          // Each press scrolls most of a screen; the slide changes only once its end is shown.
          const presses = Math.ceil(overflow / (1080 * 0.8));
          for (let p = 0; p < presses; p++) {
            await page.keyboard.press('PageDown');
            expect(await slideParam(page), `${chapter} slide ${i}, press ${p + 1}`).toBe(String(i));
          }
          expect(await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)).toBe(true);
        }
        await page.keyboard.press('PageDown');
        if (i < total) expect(await slideParam(page)).toBe(String(i + 1));
      }
      await context.close();
    }
    expect(tall, 'at least one chapter has a slide taller than the screen (else this test checks nothing)').toBeGreaterThan(0);
  }, 120_000);

  it('advances and goes back with arrows, Space, PageDown/PageUp (clickers), Home and End', async () => {
    const { page, context } = await present();
    await page.keyboard.press('ArrowRight');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press(' ');
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('PageUp');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press('PageDown');
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('ArrowLeft');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press('End');
    const last = await slideParam(page);
    expect(Number(last)).toBeGreaterThan(3);
    expect(await page.locator('article .questions').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await slideParam(page)).toBe('1');
    await context.close();
  });

  it('survives a reload at a given slide, and a shared link opens that slide', async () => {
    const { page, context } = await present('?present&slide=3');
    expect(await counter(page)).toMatch(/^3 \//);
    const label = await page.locator('.present-status').textContent();
    await page.reload();
    await page.waitForSelector('html[data-present]');
    expect(await counter(page)).toMatch(/^3 \//);
    expect(await page.locator('.present-status').textContent()).toBe(label);
    await context.close();
  });

  it('shows the QR code on Q, notes on N, the overview on O, and Escape closes each before leaving', async () => {
    const { page, context } = await present();
    await page.keyboard.press('q');
    expect(await page.locator('#present-qr-dialog svg').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#present-qr-dialog').isVisible()).toBe(false);
    expect(await page.getAttribute('html', 'data-present')).not.toBeNull();
    await page.keyboard.press('n');
    expect(await page.locator('#present-notes').innerText()).toMatch(/Questions for discussion/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    const items = await page.locator('#present-overview li').count();
    expect(items).toBe(Number((await counter(page))?.split('/')[1]));
    await page.locator('#present-overview li button').nth(2).click();
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('html', 'data-present')).toBeNull();
    expect((await currentUrl(page)).search).toBe('');
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await context.close();
  });

  it('the Present button enters the mode from a normal reading', async () => {
    const { page, context } = await openPage(browser, path(), { viewport: VIEWPORTS.laptop });
    await page.locator('present-button button').click();
    await page.waitForSelector('html[data-present]');
    expect((await currentUrl(page)).searchParams.get('slide')).toBe('1');
    await context.close();
  });

  it('has no axe violations on the title slide, a content slide and with notes open', async () => {
    const { page, context } = await present();
    const check = async (where: string): Promise<void> => {
      const r = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(r.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    };
    await check('title');
    await page.keyboard.press('ArrowRight');
    await check('slide 2');
    await page.keyboard.press('n');
    await check('notes');
    await context.close();
  });

  it('without JavaScript, ?present simply shows the chapter', async () => {
    const { page, context } = await openPage(browser, `${path()}?present&slide=3`, { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'data-present')).toBeNull();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('article .prose h2').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
