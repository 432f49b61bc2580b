import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { serveStatic } from '../support/staticServer';
import { chapterPaths, embedPagePaths, sitemapPaths } from '../support/sitePages';
import { EMBED_HEIGHT, EMBED_RESIZE_MESSAGE, iframeCode } from '../../src/lib/embedCode';
import { embedPath, pagePath, parsePath, type EmbeddableFigure } from '../../src/lib/urls';
import { fill } from '../../src/lib/fill';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

/**
 * The embeds (issue 13): a page on another origin frames /embed/map/ and /embed/timeline/
 * with the code the share menu gives, and is refused a chapter, with the headers of
 * dist/_headers applied as a host that reads them would (Netlify, Cloudflare Pages); the
 * embeds honour the full pages' state, tell their host their height, and link back; the share
 * menu's code follows the figure.
 */
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let host: { url: string; close: () => Promise<void> };
/** The host's pages, by path: each test writes its own. */
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  // The built site with its _headers, on 127.0.0.1; the host on localhost: another origin.
  site = await serveStatic('dist', { applyHeaders: true });
  const server: Server = createServer((req, res) => {
    const html = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

const titleOf = (figure: EmbeddableFigure, dict: typeof en | typeof es = en): string =>
  fill(dict.embed.iframeTitle[figure], { site: dict.site.title });

/** A course page on the host's origin: the frames as pasted, and a record of every message it hears. */
function hostPage(name: string, frames: { id: string; src: string; height: number; title: string }[], width = 700): string {
  const path = `/${name}`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title></head>
<body style="margin:0"><script>window.__heard=[];addEventListener('message',function(e){window.__heard.push({origin:e.origin,data:e.data})});</script>
<div style="width:${width}px">${frames.map((f) => iframeCode(f).replace('<iframe ', `<iframe id="${f.id}" `)).join('\n')}</div></body></html>`,
  );
  return `${host.url}${path}`;
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

type Heard = { origin: string; data: { type?: string; height?: number } };
const heard = (page: Page): Promise<Heard[]> => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
const heights = async (page: Page): Promise<number[]> =>
  (await heard(page)).filter((m) => m.data?.type === EMBED_RESIZE_MESSAGE).map((m) => m.data.height ?? 0);

async function mapHydrated(where: Page | Frame): Promise<void> {
  const root = where.locator('.mm').first();
  await root.scrollIntoViewIfNeeded();
  await expect.poll(() => root.getAttribute('data-interactive'), { timeout: 15000 }).toBe('true');
}
async function timelineHydrated(where: Page | Frame): Promise<void> {
  const root = where.locator('.tl').first();
  await root.scrollIntoViewIfNeeded();
  await expect.poll(() => root.getAttribute('data-measured'), { timeout: 15000 }).not.toBeNull();
}
/** The figure an embed path shows. */
const figureOf = (path: string): EmbeddableFigure => {
  const route = parsePath(path);
  if (route?.kind !== 'embed') throw new Error(`${path} is not an embed`);
  return route.figure;
};
const selectedEvent = (where: Page | Frame) => where.locator('[role="option"][aria-selected="true"]').getAttribute('data-event');

describe('framed by another origin', () => {
  it('the map embed loads in the frame, draws, honours ?date= and tells the host its height', async () => {
    const src = `${site.url}${embedPath('map')}?date=1962-01-31`;
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const page = await context.newPage();
    await page.goto(hostPage('map', [{ id: 'embed', src, height: EMBED_HEIGHT.map, title: titleOf('map') }]));
    const frame = await frameOf(page, 'embed');
    await mapHydrated(frame);
    expect(await frame.locator('.mm-panel--overview svg').isVisible()).toBe(true);
    // The day in the address, not the article's (13 April 2022), which the server drew.
    await expect.poll(() => frame.locator('.mm-date__shown').innerText()).toContain('1962');
    // The host hears the embed's height, from the embed's origin, and it is the content's.
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const messages = (await heard(page)).filter((m) => m.data?.type === EMBED_RESIZE_MESSAGE);
    expect(new Set(messages.map((m) => m.origin))).toEqual(new Set([new URL(site.url).origin]));
    const body = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(async () => (await heights(page)).at(-1)).toBe(body);
    expect(body).toBeGreaterThan(400);
    expect(body).toBeLessThan(2000);
    // Unfolding the table makes the figure taller, and the host hears the new height.
    await frame.locator('.mm-table-fold summary').click();
    await expect.poll(async () => (await heights(page)).at(-1)).toBeGreaterThan(body + 300);
    await context.close();
  });

  it('the timeline embed loads in the frame, opens the event its #hash names, and reports its height', async () => {
    const src = `${site.url}${embedPath('timeline')}#mexico-grants-asylum`;
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const page = await context.newPage();
    await page.goto(hostPage('timeline', [{ id: 'embed', src, height: EMBED_HEIGHT.timeline, title: titleOf('timeline') }]));
    const frame = await frameOf(page, 'embed');
    await timelineHydrated(frame);
    await expect.poll(() => selectedEvent(frame)).toBe('mexico-grants-asylum');
    expect(await frame.locator('.tl-panel h2').innerText()).toBe('Mexico grants Morales asylum');
    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(300);
    await context.close();
  });

  it('a chapter in the same host page is refused: the frame never shows it', async () => {
    const chapter = chapterPaths()[0] ?? '/';
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await page.goto(
      hostPage('both', [
        { id: 'embed', src: `${site.url}${embedPath('map')}`, height: EMBED_HEIGHT.map, title: titleOf('map') },
        { id: 'chapter', src: `${site.url}${chapter}`, height: 600, title: 'A chapter' },
      ]),
    );
    // The embed beside it loads from the same server: the server is there, the chapter is refused.
    const embed = await frameOf(page, 'embed');
    await expect.poll(() => embed.locator('.map-figure').count()).toBe(1);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    const frame = await frameOf(page, 'chapter');
    expect(frame.url()).not.toContain(chapter);
    expect(await frame.locator('article h1').count()).toBe(0);
    // The same chapter opened on its own is fine.
    const alone = await context.newPage();
    await alone.goto(`${site.url}${chapter}`);
    expect(await alone.locator('article h1').count()).toBe(1);
    await context.close();
  });

  it('every embed fits a frame 320 to 1000 px wide without a sideways scroll, with JavaScript on and off', async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const path of embedPagePaths()) {
        for (const width of [320, 700, 1000]) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(`${site.url}${path}`);
          const isMap = figureOf(path) === 'map';
          expect(await page.locator(isMap ? '.map-figure' : '.timeline-figure').isVisible(), `${path} at ${width}`).toBe(true);
          if (javaScriptEnabled) await (isMap ? mapHydrated(page) : timelineHydrated(page));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(0);
          await context.close();
        }
      }
    }
  }, 180_000);
});

describe('the embed pages', () => {
  it.each(embedPagePaths())(
    '%s is the figure alone: no site header, footer or navigation; not indexed; canonical to its full page',
    async (path) => {
      const { page, context, consoleErrors } = await openPage(browser, path);
      // The site's frame is gone; the figure's own (the timeline's previous/next) stays.
      expect(await page.locator('.site-header, .site-footer, .skip-link, .language-switch, header, footer').count()).toBe(0);
      expect(await page.locator('nav:not(.tl-steps)').count()).toBe(0);
      expect(await page.locator('main > article > h1').count()).toBe(1);
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      const figure = figureOf(path);
      const locale = path.startsWith('/es/') ? 'es' : 'en';
      expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href')) ?? '').pathname).toBe(pagePath(figure, locale));
      const other = locale === 'es' ? 'en' : 'es';
      const hreflang = other === 'es' ? 'es-419' : 'en';
      expect(new URL((await page.getAttribute(`link[rel="alternate"][hreflang="${hreflang}"]`, 'href')) ?? '').pathname).toBe(
        embedPath(figure, other),
      );
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('are not in the sitemap', () => {
    const listed = new Set(sitemapPaths());
    for (const path of embedPagePaths()) expect(listed.has(path), path).toBe(false);
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toMatch(/\/(embed|insertar)\//);
  });

  it('the map embed’s link back opens the full map, in a new tab, on the date it shows', async () => {
    const { page, context } = await openPage(browser, `${embedPath('map')}?date=2009-06-03`);
    await mapHydrated(page);
    const back = page.locator('figure-link a');
    await expect.poll(() => back.getAttribute('href')).toBe(`${pagePath('map')}?date=2009-06-03`);
    expect(await back.getAttribute('target')).toBe('_blank');
    const slider = page.locator('.mm-date input[type="range"]');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => back.getAttribute('href')).toMatch(new RegExp(`^${pagePath('map')}\\?date=1948-`));
    const [tab] = await Promise.all([context.waitForEvent('page'), back.click()]);
    await tab?.waitForLoadState();
    expect(new URL(tab?.url() ?? '').pathname).toBe(pagePath('map'));
    expect(new URL(tab?.url() ?? '').searchParams.get('date')).toMatch(/^1948-/);
    await context.close();
  });

  it('the timeline embed’s link back follows the open event; without JavaScript it is the full page', async () => {
    const { page, context } = await openPage(browser, `${embedPath('timeline')}#y2019`);
    await timelineHydrated(page);
    const back = page.locator('figure-link a');
    await expect.poll(() => back.getAttribute('href')).toBe(`${pagePath('timeline')}#y2019`);
    await page.locator('[data-event="mexico-grants-asylum"] .tl-hit').click();
    await expect.poll(() => back.getAttribute('href')).toBe(`${pagePath('timeline')}#mexico-grants-asylum`);
    await context.close();
    const off = await openPage(browser, `${embedPath('timeline', 'es')}#y2019`, { javaScriptEnabled: false });
    expect(await off.page.locator('figure-link a').getAttribute('href')).toBe(pagePath('timeline', 'es'));
    expect(await off.page.locator('figure-link a').innerText()).toContain(es.embed.page.openTimeline);
    await off.context.close();
  });

  it('a Spanish embed speaks Spanish: its title, source line and link', async () => {
    const { page, context } = await openPage(browser, embedPath('map', 'es'));
    await mapHydrated(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe(es.embed.page.mapTitle);
    expect(await page.locator('.embed__source').innerText()).toMatch(/^Fuente: /);
    expect(await page.locator('figure-link a').innerText()).toContain(es.embed.page.openMap);
    expect(await page.locator('body').innerText()).not.toContain(en.embed.page.openMap);
    await context.close();
  });
});

describe('“Share this figure” on the full pages', () => {
  const codeOf = (page: Page) => page.locator('figure-share [data-share="code"]');

  it('the map’s embed code is iframeCode() for the date shown, follows the date, and copies', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${pagePath('map')}?date=2011-12-03`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await mapHydrated(page);
    const origin = new URL(page.url()).origin;
    const expected = (date: string): string =>
      iframeCode({ src: `${origin}${embedPath('map')}?date=${date}`, title: titleOf('map'), height: EMBED_HEIGHT.map });
    await page.locator('figure-share summary').click();
    expect(await codeOf(page).inputValue()).toBe(expected('2011-12-03'));
    const slider = page.locator('.mm-date input[type="range"]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const dateNow = async (): Promise<string> => (await page.evaluate(() => new URL(location.href).searchParams.get('date'))) ?? '';
    await expect.poll(dateNow).not.toBe('2011-12-03');
    const date = await dateNow();
    await expect.poll(() => codeOf(page).inputValue()).toBe(expected(date));
    await page.locator('figure-share copy-link[data-copy-from="share-map-code"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected(date));
    await page.locator('figure-share .figure-share__row copy-link button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${pagePath('map')}?date=${date}`);
    await expect
      .poll(() => page.locator('figure-share .figure-share__row [role="status"]').textContent())
      .toBe(en.tools.copyLink.linkCopied);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the timeline’s embed code follows the open event', async () => {
    const { page, context } = await openPage(browser, pagePath('timeline', 'es'));
    await timelineHydrated(page);
    await page.locator('[data-event="mexico-grants-asylum"] .tl-hit').click();
    const origin = new URL(page.url()).origin;
    await expect
      .poll(() => codeOf(page).inputValue())
      .toBe(
        iframeCode({
          src: `${origin}${embedPath('timeline', 'es')}#mexico-grants-asylum`,
          title: titleOf('timeline', es),
          height: EMBED_HEIGHT.timeline,
        }),
      );
    await context.close();
  });

  it('without JavaScript the code names the plain embed address, and there is no copy button', async () => {
    const { page, context } = await openPage(browser, pagePath('map'), { javaScriptEnabled: false });
    await page.locator('figure-share summary').click();
    const code = await codeOf(page).inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"/]+${embedPath('map')}" title="`));
    expect(await page.locator('figure-share copy-link button').first().isVisible()).toBe(false);
    await context.close();
  });
});
