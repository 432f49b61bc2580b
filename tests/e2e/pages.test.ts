import { DEFAULT_LOCALE, LOCALE_INFO } from '../../src/lib/locales';
import { parsePath } from '../../src/lib/urls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { builtHtml, pagesToVisit, sitemapPaths } from '../support/sitePages';

const paths = [...pagesToVisit(), '/404.html'];
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('every page', () => {
  it('the sitemap lists the home, about, glossary, timeline, map and at least six chapters', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/about/', '/glossary/', '/timeline/', '/map/']));
    expect(paths.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(paths)(
    '%s loads without console errors or third-party requests, with its own title, description, canonical URL and lang',
    async (path) => {
      const { page, context, consoleErrors, foreignRequests } = await openPage(browser, path);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(LOCALE_INFO[parsePath(path)?.locale ?? DEFAULT_LOCALE].htmlLang);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      expect(description?.length).toBeGreaterThanOrEqual(50);
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      expect(canonical).toMatch(/^https?:\/\//);
      if (path !== '/404.html') expect(new URL(canonical ?? '').pathname).toBe(path);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('h1').count()).toBe(1);
      await context.close();
    },
  );

  it('declares an SVG icon and serves /favicon.ico as a real icon, so no browser or crawler gets a 404 for it', async () => {
    const { page, context } = await openPage(browser, '/');
    const icons = await page.$$eval('link[rel="icon"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(icons.map((href) => new URL(href).pathname)).toEqual(['/favicon.svg', '/favicon.ico']);
    for (const href of icons) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      if (href.endsWith('.svg')) expect(body.toString('utf8')).toContain('<svg');
      else expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO magic: reserved 0, type 1
    }
    await context.close();
  });

  it('titles are unique across every built page', () => {
    const titles = new Map<string, string>();
    for (const path of [...sitemapPaths(), '/404.html']) {
      const title = /<title>([^<]+)<\/title>/.exec(builtHtml(path))?.[1] ?? '';
      expect(title, path).not.toBe('');
      expect(titles.get(title), `${path} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
    }
  });

  it.each(paths)('%s reflows at 320 px and at 200 percent zoom without horizontal scrolling', async (path) => {
    // 200 % zoom of a 640 px-wide window is the same layout as 320 CSS px.
    for (const viewport of [VIEWPORTS.narrow, { width: 1280, height: 800, zoom: 2 }]) {
      const { width, height } = viewport;
      const scale = 'zoom' in viewport ? viewport.zoom : 1;
      const { page, context } = await openPage(browser, path, {
        viewport: { width: width / scale, height: height / scale },
        deviceScaleFactor: scale,
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width / scale} CSS px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
