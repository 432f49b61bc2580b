import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const path = (): string => chapterPaths()[0] ?? '/';

describe('chapter reading tools', () => {
  it('the copy-link button next to a heading copies that section’s URL and says so', async () => {
    const { page, context } = await openPage(browser, path());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const heading = page.locator('article .prose .heading').first();
    const id = await heading.locator('h2').getAttribute('id');
    await heading.locator('copy-link button').click();
    // The status follows the clipboard write, which resolves asynchronously.
    await expect.poll(() => heading.locator('[role="status"]').textContent(), { timeout: 3000 }).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`${path()}#${id}`, page.url()).href);
    await context.close();
  });

  it('the table of contents marks the section being read', async () => {
    const { page, context } = await openPage(browser, path());
    const second = page.locator('.toc a').nth(1);
    const hash = await second.getAttribute('href');
    await page.locator(`[id="${hash?.slice(1)}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((h) => document.getElementById(h)?.scrollIntoView({ block: 'start' }), hash?.slice(1) ?? '');
    // The tracker answers an IntersectionObserver callback, which a busy machine may delay.
    await expect.poll(() => second.getAttribute('aria-current'), { timeout: 3000 }).toBe('true');
    expect(await page.locator('.toc a[aria-current="true"]').count()).toBe(1);
    await context.close();
  });

  it('the contents are open and sticky on a laptop, collapsed on a phone', async () => {
    const wide = await openPage(browser, path(), { viewport: VIEWPORTS.laptop });
    await wide.page.setViewportSize({ width: 1280, height: 800 });
    expect(await wide.page.locator('.toc details').getAttribute('open')).not.toBeNull();
    await wide.context.close();
    const narrow = await openPage(browser, path(), { viewport: VIEWPORTS.phone });
    expect(await narrow.page.locator('.toc details').getAttribute('open')).toBeNull();
    await narrow.page.locator('.toc summary').click();
    expect(await narrow.page.locator('.toc ol').isVisible()).toBe(true);
    await narrow.context.close();
  });

  it('the reading-progress bar grows as the reader scrolls', async () => {
    const { page, context } = await openPage(browser, path());
    const scale = (): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('reading-progress span')!).transform);
    const start = await scale();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(scale).not.toBe(start);
    await context.close();
  });

  it('glossary terms explain themselves on hover, on keyboard focus and on tap, and Escape hides them', async () => {
    const { page, context } = await openPage(browser, path());
    const term = page.locator('article glossary-term').first();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').hover();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    await context.close();

    const touch = await openPage(browser, path(), { hasTouch: true, isMobile: true, viewport: VIEWPORTS.phone });
    const tTerm = touch.page.locator('article glossary-term').first();
    await tTerm.locator('a').tap();
    expect(touch.page.url()).not.toMatch(/glossary/);
    expect(await tTerm.locator('[role="tooltip"]').isVisible()).toBe(true);
    await touch.context.close();
  });

  it('each chapter explains the first use of every glossary term it wraps, and only once', async () => {
    for (const p of chapterPaths()) {
      const { page, context } = await openPage(browser, p);
      const names = await page.$$eval('article glossary-term a', (as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(names).size, `${p} wraps a term twice`).toBe(names.length);
      // The first time an acronym appears in the chapter body, it is the wrapped one.
      const unexplained = await page.evaluate(() => {
        const acronyms = ['CELAC', 'OAS', 'NAFTA', 'USMCA', 'FTAA'];
        const body = document.querySelector('article .prose');
        const out: string[] = [];
        if (!body) return out;
        for (const word of acronyms) {
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!new RegExp(`\\b${word}\\b`).test(n.textContent ?? '')) continue;
            if (n.parentElement?.closest('.footnotes')) break;
            // Figures (timeline, map) are not prose: their labels are the data's own titles.
            if (n.parentElement?.closest('[data-present-figure]')) continue;
            if (!n.parentElement?.closest('glossary-term')) out.push(`${word}: “${n.textContent?.trim().slice(0, 60)}”`);
            break;
          }
        }
        return out;
      });
      expect(unexplained, p).toEqual([]);
      await context.close();
    }
  });

  it('prints without navigation chrome, with link addresses and the footnotes kept', async () => {
    const { page, context } = await openPage(browser, path());
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.toc', '.pagination', 'theme-select', 'copy-link']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('.footnotes').isVisible()).toBe(true);
    const after = await page
      .locator('.footnotes a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\(http/);
    await context.close();
  });
});
