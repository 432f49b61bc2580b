import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';
import { chapterPaths, pagesToVisit } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('with JavaScript off', () => {
  it.each(pagesToVisit())('%s still shows its full content', async (path) => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(300);
    await context.close();
  });

  it.each(chapterPaths())('%s shows every section, the contents, the questions and the footnotes', async (path) => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    await expect(page.locator('.toc ol').isVisible()).resolves.toBe(true);
    const sections = await page.locator('article .prose h2').count();
    expect(sections).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#questions').isVisible()).resolves.toBe(true);
    await expect(page.locator('.footnotes li').count()).resolves.toBeGreaterThan(0);
    // Script-only controls stay out of the way rather than showing dead buttons.
    expect(await page.locator('copy-link button').first().isVisible()).toBe(false);
    await context.close();
  });

  it('a glossary term is a working link to its glossary entry', async () => {
    const { page, context } = await openPage(browser, chapterPaths()[0] ?? '/', { javaScriptEnabled: false });
    const link = page.locator('glossary-term a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/glossary\/#[a-z-]+$/);
    await link.click();
    await page.waitForURL(/\/glossary\//);
    expect(await page.locator(`[id="${href?.split('#')[1]}"]`).count()).toBe(1);
    await context.close();
  });
});
