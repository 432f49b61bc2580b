import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const path = (): string => chapterPaths()[0] ?? '/';

describe('theme', () => {
  it('follows the system setting when the reader has not chosen', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, path(), { colorScheme: scheme });
      expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(20, 20, 15)' : 'rgb(253, 252, 248)');
      await context.close();
    }
  });

  it('the picker appearing moves nothing: its room is kept until its script defines it (a phone, on every kind of page)', async () => {
    for (const where of [path(), '/timeline/', '/teach/', '/es/']) {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone });
      const page = await context.newPage();
      // Hold the definition back, as a slow phone does when the page paints before the script runs.
      await page.addInitScript(() => {
        const define = customElements.define.bind(customElements);
        customElements.define = (name, constructor, options) => {
          if (name !== 'theme-select') return define(name, constructor, options);
          (window as unknown as { defineThemeSelect: () => void }).defineThemeSelect = () => define(name, constructor, options);
        };
      });
      await page.goto(new URL(where, baseURL()).href, { waitUntil: 'load' });
      const top = () => page.evaluate(() => document.querySelector('main')?.getBoundingClientRect().top ?? NaN);
      const before = await top();
      await page.evaluate(() => (window as unknown as { defineThemeSelect: () => void }).defineThemeSelect());
      await expect.poll(() => page.evaluate(() => customElements.get('theme-select') !== undefined)).toBe(true);
      expect(await top(), where).toBe(before);
      await expect(page.locator('theme-select select').isVisible()).resolves.toBe(true);
      await context.close();
    }
  });

  it('with JavaScript off, the system dark setting still gives the dark colours', async () => {
    const { page, context } = await openPage(browser, path(), { colorScheme: 'dark', javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 20, 15)');
    await context.close();
  });

  it('the toggle changes the theme and the choice survives a reload and other pages', async () => {
    const { page, context } = await openPage(browser, path(), { colorScheme: 'light' });
    await page.selectOption('theme-select select', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('theme-select select')).toBe('dark');
    await page.goto(new URL('/glossary/', page.url()).href);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.selectOption('theme-select select', 'auto');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await context.close();
  });

  it('a stored dark theme is in place before the body is parsed (no flash of the light theme)', async () => {
    const { page, context } = await openPage(browser, path(), { colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.addInitScript(() => {
      const seen: (string | undefined)[] = [];
      (window as unknown as { __themeAtBody: typeof seen }).__themeAtBody = seen;
      new MutationObserver((_, obs) => {
        if (document.body) {
          seen.push(document.documentElement.dataset['theme']);
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const seen = await page.evaluate(() => (window as unknown as { __themeAtBody: string[] }).__themeAtBody);
    expect(seen).toEqual(['dark']);
    await context.close();
  });
});
