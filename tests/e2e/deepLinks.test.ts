import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { builtHtml, chapterPaths, eventPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const html = builtHtml;

const inView = (page: Page, selector: string): Promise<boolean> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
    });

describe('deep links from a cold load', () => {
  it('a shared link to a chapter section opens at that heading, on a phone and a laptop', async () => {
    for (const path of chapterPaths()) {
      // The last section heading: far down the page, past any island that hydrates on the way.
      const ids = [...html(path).matchAll(/<h2 id="([^"]+)"/g)]
        .map((m) => m[1] ?? '')
        .filter((id) => !['footnote-label', 'questions'].includes(id));
      const id = ids.at(-1);
      for (const viewport of [VIEWPORTS.phone, VIEWPORTS.laptop]) {
        const { page, context, consoleErrors } = await openPage(browser, `${path}#${id}`, { viewport });
        const message = `${path}#${id} at ${viewport.width} px: heading not in view`;
        await expect.poll(() => inView(page, `[id="${id}"]`), { timeout: 10_000, message }).toBe(true);
        // A hold, not a wait: the heading must stay in view once fonts and islands have settled.
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(500);
        expect(await inView(page, `[id="${id}"]`), message).toBe(true);
        expect(await page.evaluate(() => window.scrollY), `${path}#${id}`).toBeGreaterThan(0);
        expect(consoleErrors).toEqual([]);
        await context.close();
      }
    }
  }, 180_000); // 7 chapters × 2 viewports, each a cold load

  it('a shared link to a timeline event opens that event', async () => {
    const ids = [...html('/timeline/').matchAll(/<li id="([a-z0-9-]+)" class="tl-list__event/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(1);
    const id = ids.at(-1) ?? '';
    const { page, context } = await openPage(browser, `/timeline/#${id}`);
    const title = await page.locator(`[id="${id}"] .tl-list__title`).textContent();
    await expect.poll(() => page.locator('.tl-panel__title').first().textContent(), { timeout: 10_000 }).toBe(title);
    await expect.poll(() => inView(page, '.tl-panel'), { timeout: 10_000 }).toBe(true);
    await context.close();
  });
});

/** Width of the printable area in CSS px: the paper less the handout's 16 mm side margins. */

describe('an event page from a cold load', () => {
  it('shows the event with its sources, links to its chapters and neighbours, and needs no JavaScript', async () => {
    // The timeline's second event: it has a neighbour on each side.
    const second =
      /<li id="([a-z0-9-]+)" class="tl-list__event[\s\S]*?<li id="([a-z0-9-]+)" class="tl-list__event/.exec(html('/timeline/'))?.slice(1) ??
      [];
    const { page, context, consoleErrors } = await openPage(browser, `/timeline/${second[1]}/`, {
      viewport: VIEWPORTS.phone,
      javaScriptEnabled: false,
    });
    const h1 = await page.locator('h1').textContent();
    expect(h1?.length).toBeGreaterThan(3);
    expect(await page.title()).toContain(h1 ?? '');
    expect(await page.locator('.tl-sources a[href^="http"]').count()).toBeGreaterThan(0);
    await page.locator('nav[aria-label="Neighbouring events"] a[rel="prev"]').click();
    await page.waitForURL((url) => url.pathname === `/timeline/${second[0]}/`);
    expect(await page.locator('h1').textContent()).not.toBe(h1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the open event on the timeline offers its page as the link to share', async () => {
    const { page, context } = await openPage(browser, '/timeline/#y2019');
    const link = page.locator('.tl-panel a', { hasText: 'A page for this event' });
    await expect.poll(() => link.count(), { timeout: 5000 }).toBe(1);
    const href = await link.getAttribute('href');
    expect(eventPaths()).toContain(href);
    await context.close();
  });
});
