import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const chapter = (): string => chapterPaths()[0] ?? '/';
const control = (page: Page) => page.locator('.chapter-header share-control');

describe('the share control on a chapter', () => {
  it('copy link copies the chapter’s URL and says so', async () => {
    const { page, context, consoleErrors } = await openPage(browser, chapter());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = control(page).locator('.share__row copy-link');
    await copy.locator('button').click();
    await expect.poll(() => copy.locator('[role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(chapter(), page.url()).href);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('“Cite this chapter” gives the chapter title, its URL and today’s date, and copies what it shows', async () => {
    const { page, context } = await openPage(browser, chapter());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const title = (await page.locator('article h1').textContent()) ?? '';
    // The citation names the address the reader is on (here the test server), as Copy link does.
    const url = `${new URL(baseURL()).origin}${chapter()}`;
    await control(page).locator('summary').click();
    const plain = control(page).locator('[data-cite="plain"]');
    const bibtex = control(page).locator('[data-cite="bibtex"]');
    expect(await plain.isVisible()).toBe(true);
    // Written once the disclosure opens (the citation code arrives then).
    await expect.poll(() => plain.textContent()).not.toContain('[date]');
    const text = (await plain.textContent()) ?? '';
    expect(text).toContain(title);
    expect(text).toContain(url);
    expect(text).toContain('Barkin');
    expect(text).not.toContain('[date]');
    const today = await page.evaluate(() => new Date().getFullYear());
    expect(text).toMatch(new RegExp(`accessed \\d{1,2} \\w+ ${today}\\.$`));
    const bib = (await bibtex.textContent()) ?? '';
    expect(bib).toMatch(/^@misc\{[a-z0-9:-]+,/);
    expect(bib).toContain(`url          = {${url}}`);
    await control(page).locator('copy-link[data-copy-from="cite-plain"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await control(page).locator('copy-link[data-copy-from="cite-bibtex"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
    await expect.poll(() => control(page).locator('copy-link[data-copy-from="cite-bibtex"] [role="status"]').textContent()).toBe('Copied');
    await context.close();
  });

  it('the citation code arrives only when the reader reaches for “Cite this chapter”', async () => {
    const { page, context } = await openPage(browser, chapter());
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const isCitationCode = (path: string): boolean => /\/_astro\/citation\.[\w-]+\.js$/.test(path);
    await page.reload({ waitUntil: 'networkidle' });
    expect(fetched.filter(isCitationCode)).toEqual([]);
    await control(page).locator('summary').hover();
    await expect.poll(() => fetched.filter(isCitationCode).length).toBe(1);
    await control(page).locator('summary').click();
    await expect.poll(() => control(page).locator('[data-cite="plain"]').textContent()).not.toContain('[date]');
    await context.close();
  });

  it('without JavaScript the citation is still there and reads “accessed [date]”', async () => {
    const { page, context } = await openPage(browser, chapter(), { javaScriptEnabled: false });
    await control(page).locator('summary').click();
    expect(await control(page).locator('[data-cite="plain"]').textContent()).toMatch(/accessed \[date\]\.$/);
    expect(await control(page).locator('.share__native').isVisible()).toBe(false);
    await context.close();
  });

  it('“Share…” appears only where the browser has a share sheet, and shares the chapter’s URL', async () => {
    const plain = await openPage(browser, chapter());
    const hasShare = await plain.page.evaluate(() => typeof navigator.share === 'function');
    expect(await control(plain.page).locator('.share__native').isVisible()).toBe(hasShare);
    await plain.context.close();

    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    const page = await context.newPage();
    await page.goto(new URL(chapter(), plain.page.url()).href);
    await control(page).locator('.share__native').click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([{ title: await page.locator('article h1').textContent(), url: `${new URL(baseURL()).origin}${chapter()}` }]);
    await context.close();
  });
});

/** True once the element's top edge is inside the viewport. */
