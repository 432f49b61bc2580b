/**
 * Offline use, in Chromium: the site saved from one visit serves every file of both languages
 * with the network cut (pages, islands, present mode, the handout, fonts, share cards); a new
 * deployment waits for the reader and then replaces the old one whole; the app installs.
 * Each check gets its own browser context (its own service worker and caches).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, currentUrl, launch } from '../support/browser';
import { serveStatic } from '../support/staticServer';
import { chapterPaths } from '../support/sitePages';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { writeOfflineWorker } from '../../src/integrations/offlineWorker';
import { OFFLINE_CACHE_ID, type OfflineSummary } from '../../src/lib/offline';
import { manifestPath, OFFLINE_SUMMARY_PATH, pagePath, SERVICE_WORKER_PATH } from '../../src/lib/urls';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The words before the size: "Ready offline: every page …" without the {size} part. */
const READY = en.offline.ready.split('(')[0] ?? en.offline.ready;

/** Every file of a built site, as a path ("/chapters/x/" for an index.html). */
async function builtFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => '/' + relative(root, join(e.parentPath, e.name)).replaceAll('\\', '/'))
    .map((p) => p.replace(/(^|\/)index\.html$/, '$1'));
}

/** What the worker should hold: every file of dist/ but the host's rules, the sitemaps, the worker and its summary. */
async function offlineFiles(): Promise<string[]> {
  const skip = new Set(['/_headers', SERVICE_WORKER_PATH, OFFLINE_SUMMARY_PATH]);
  return (await builtFiles('dist')).filter((p) => !skip.has(p) && !/\/sitemap-[^/]+\.xml$/.test(p));
}

/** Opens `origin`'s home page, presses "Save for offline" and waits until the control says ready. Returns the seconds it took. */
async function saveForOffline(context: BrowserContext, origin: string): Promise<{ page: Page; seconds: number; status: string }> {
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const control = page.locator('offline-control');
  await expect.poll(() => control.isVisible(), { timeout: 15000 }).toBe(true);
  const status = control.locator('.offline__status');
  await expect.poll(() => status.textContent(), { timeout: 15000 }).toMatch(/MB/);
  const started = performance.now();
  await control.getByRole('button', { name: en.offline.save }).click();
  await expect.poll(() => status.textContent(), { timeout: 180_000, interval: 250 }).toContain(READY);
  return { page, seconds: (performance.now() - started) / 1000, status: (await status.textContent()) ?? '' };
}

describe('saved for offline from one visit', () => {
  let context: BrowserContext;
  let page: Page;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext();
    context.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
  });
  afterAll(async () => context?.close());

  // The checks below run in order on what this one saved (vitest runs a file's tests in sequence).
  it('saves the site from one visit and says when it is ready', async () => {
    const saved = await saveForOffline(context, baseURL());
    page = saved.page;
    console.info(`offline: saved in ${saved.seconds.toFixed(1)} s — "${saved.status}"`);
    expect(saved.status).toMatch(/\d MB/);
    await context.setOffline(true);
  }, 240_000);

  it('said how much it would download before saving, and the worker is same-origin, with no CSP violation', async () => {
    const summary = JSON.parse(await readFile(join('dist', OFFLINE_SUMMARY_PATH), 'utf8')) as OfflineSummary;
    // Everything the build wrote but the host's and crawlers' files: both languages, every kind of file.
    expect(summary.files).toBe((await offlineFiles()).length);
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    expect(controller).toBe(new URL(SERVICE_WORKER_PATH, baseURL()).href);
    expect(cspErrors).toEqual([]);
  });

  it('serves every file the build wrote, in both languages, with the network cut', async () => {
    const files = await offlineFiles();
    expect(files.filter((p) => p.startsWith('/es/')).length).toBeGreaterThan(100);
    const failed = await page.evaluate(async (paths) => {
      const bad: string[] = [];
      for (const path of paths) {
        const response = await fetch(path).catch(() => null);
        if (!response?.ok) bad.push(`${path} ${response?.status ?? 'network error'}`);
      }
      return bad;
    }, files);
    expect(failed).toEqual([]);
  });

  it('opens every chapter of both languages, from the worker, with its fonts', async () => {
    for (const path of [...chapterPaths('en'), ...chapterPaths('es')]) {
      const response = await page.goto(baseURL() + path, { waitUntil: 'load' });
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
    }
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
    expect(fonts.length).toBeGreaterThan(0);
  });

  it('runs the timeline and the map islands, and present mode, offline', async () => {
    await page.goto(`${baseURL()}${pagePath('timeline')}`, { waitUntil: 'load' });
    const timeline = page.locator('.tl').first();
    await timeline.scrollIntoViewIfNeeded();
    await expect.poll(() => timeline.getAttribute('data-measured'), { timeout: 15000 }).not.toBeNull();

    await page.goto(`${baseURL()}${pagePath('map', 'es')}?date=2011-12-03`, { waitUntil: 'load' });
    const map = page.locator('.mm').first();
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-interactive'), { timeout: 15000 }).toBe('true');

    const chapter = chapterPaths('en')[1] ?? '';
    await page.goto(`${baseURL()}${chapter}?present`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-present]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await currentUrl(page)).searchParams.get('slide')).toBe('2');

    const handout = await page.goto(`${baseURL()}${pagePath('handout', 'es')}`, { waitUntil: 'load' });
    expect(handout?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
  });

  it('keeps saying it is ready on a later visit without a network, in the page’s language', async () => {
    await page.goto(`${baseURL()}${pagePath('home', 'es')}`, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('offline-control .offline__status').textContent())
      .toContain(es.offline.ready.split('(')[0] ?? es.offline.ready);
    await expect(page.getByRole('button', { name: es.offline.remove }).isVisible()).resolves.toBe(true);
  });
});

describe('a new deployment', () => {
  let root: string;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'offline-deploy-'));
    await cp('dist', root, { recursive: true });
    await deploy(root, 'A');
    server = await serveStatic(root);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('waits for the reader, then replaces the old build whole: no old page with new assets, no old files left', async () => {
    const context = await browser.newContext();
    const { page } = await saveForOffline(context, server.url);
    const deployment = () => page.locator('meta[name="deployment"]').getAttribute('content');
    const stylesheetsLoaded = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null));
    expect(await deployment()).toBe('A');

    const renamed = await deploy(root, 'B');
    await page.reload({ waitUntil: 'load' });
    const notice = page.locator('.offline__notice');
    await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true);
    await expect(notice.textContent()).resolves.toContain(en.offline.updateAvailable);

    // Until the reader says so, every page is the old build's, with the old build's styles, online or not.
    await context.setOffline(true);
    await page.goto(`${server.url}${pagePath('about')}`, { waitUntil: 'load' });
    expect(await deployment()).toBe('A');
    expect(await page.locator(`link[href="${renamed.from}"]`).count()).toBe(1);
    expect(await stylesheetsLoaded()).toBe(true);
    await context.setOffline(false);

    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      notice.getByRole('button', { name: en.offline.updateReload }).click(),
    ]);
    expect(await deployment()).toBe('B');

    // The new build, whole, offline: its pages and its renamed stylesheet; nothing of the old one kept.
    await context.setOffline(true);
    for (const path of [pagePath('about'), pagePath('map', 'es'), chapterPaths('en')[0] ?? '/']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(await deployment(), path).toBe('B');
      expect(await stylesheetsLoaded(), path).toBe(true);
    }
    const cached = await page.evaluate(async (prefix) => {
      const name = (await caches.keys()).find((k) => k.startsWith(prefix));
      return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
    }, `${OFFLINE_CACHE_ID}-precache`);
    expect(cached).toContain(renamed.to);
    expect(cached).not.toContain(renamed.from);
    const summary = JSON.parse(await readFile(join(root, OFFLINE_SUMMARY_PATH), 'utf8')) as OfflineSummary;
    expect(cached.length).toBe(summary.files);
    await context.close();
  }, 300_000);
});

describe('installing', () => {
  it('asks hosts to revalidate the worker and its summary, so a new deployment is noticed on the next visit', async () => {
    const headers = await readFile(join('dist', '_headers'), 'utf8');
    for (const path of [SERVICE_WORKER_PATH, OFFLINE_SUMMARY_PATH]) {
      expect(
        headers.split('\n\n').find((b) => b.startsWith(`${path}\n`)),
        path,
      ).toContain('Cache-Control: no-cache');
    }
  });

  it('is installable in each language: a manifest with the language’s name and start page, and icons that load', async () => {
    for (const locale of ['en', 'es'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseURL()}${pagePath('home', locale)}`, { waitUntil: 'load' });
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(manifestPath(locale));
      const manifest = (await (await page.request.get(baseURL() + href)).json()) as {
        name: string;
        lang: string;
        start_url: string;
        icons: { src: string; sizes: string }[];
      };
      expect(manifest.name).toBe((locale === 'en' ? en : es).site.title);
      expect(manifest.start_url).toBe(pagePath('home', locale));
      for (const icon of manifest.icons) expect((await page.request.get(baseURL() + icon.src)).ok(), icon.src).toBe(true);
      // Chromium's own verdict on the manifest and icons.
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      // Playwright's contexts are incognito profiles, where Chromium never offers to install; any other reason is the site's.
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      await context.close();
    }
  });
});

/**
 * Turns the site in `root` into deployment `name`: every page says which it is, one stylesheet
 * gets a new name (as a changed Astro asset would) and the pages point at it, and the worker is
 * generated again from the files, as the build does.
 */
async function deploy(root: string, name: string): Promise<{ from: string; to: string }> {
  const pages = (await builtFiles(root)).filter((p) => p.endsWith('/') || p.endsWith('.html'));
  // A stylesheet the home page links (and many other pages: the shared one of each route's).
  const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(await readFile(join(root, 'index.html'), 'utf8'))?.[1] ?? '';
  if (!css) throw new Error('the home page links no stylesheet in /_astro/');
  const to = css.replace(/\.css$/, `.${name.toLowerCase()}.css`);
  await cp(join(root, css), join(root, to));
  for (const path of pages) {
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const html = (await readFile(file, 'utf8'))
      .replace(/<meta name="deployment" content="[^"]*">/, '')
      .replace('<head>', `<head><meta name="deployment" content="${name}">`)
      .replaceAll(`href="${css}"`, `href="${to}"`);
    await writeFile(file, html);
  }
  await rm(join(root, css));
  await writeOfflineWorker(root);
  return { from: css, to };
}
