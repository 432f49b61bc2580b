import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findBrowser } from './findBrowser';

/** Base URL of the static server started in globalSetup. */
export const baseURL = (): string => inject('baseURL');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS, headless: true });
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  narrow: { width: 320, height: 640 },
  laptop: { width: 1280, height: 800 },
  projector: { width: 1920, height: 1080 },
} as const;

/** A page with console errors and failed/foreign requests recorded for later assertions. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS.laptop, ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('console', (m) => {
    // Failed loads are reported with their URL by the response listener below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  await page.goto(baseURL() + path, { waitUntil: 'load' });
  return { page, context, consoleErrors, foreignRequests };
}

/**
 * The address as the page sees it now. Not page.url(): Playwright learns of history.replaceState
 * through an asynchronous event, so right after a key press it can still report the old URL.
 */
export const currentUrl = async (page: Page): Promise<URL> => new URL(await page.evaluate(() => location.href));
