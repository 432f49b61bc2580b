import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../support/browser';
import { chapterPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** Visible, enabled links and controls a keyboard user must be able to reach. */
async function interactiveCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, select, input, [tabindex="0"]')].filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden]') && !el.closest('.term__tip')
        );
      }).length,
  );
}

describe('keyboard only', () => {
  it.each(['/', chapterPaths()[0] ?? '/', '/glossary/'])(
    'Tab reaches every link and control on %s, each with a visible focus ring',
    async (path) => {
      const { page, context } = await openPage(browser, path);
      const expected = await interactiveCount(page);
      const reached = new Set<string>();
      for (let i = 0; i < expected + 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const key = `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}|${Math.round(el.getBoundingClientRect().top + scrollY)}`;
          return { key, ring, tag: el.tagName, label: el.textContent?.trim().slice(0, 40) };
        });
        if (!info) continue;
        expect(info.ring, `no visible focus ring on ${info.tag} "${info.label}"`).toBe(true);
        reached.add(info.key);
      }
      expect(reached.size).toBeGreaterThanOrEqual(expected);
      await context.close();
    },
  );

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page, context } = await openPage(browser, chapterPaths()[0] ?? '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });
});
