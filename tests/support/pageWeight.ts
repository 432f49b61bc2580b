import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { scrollThrough } from './scrollThrough.ts';
import { visibleText } from './builtText.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** What a first visit to a page transfers, gzipped, by kind; inline <script> bodies count as JS. */
export interface PageWeight {
  path: string;
  requests: number;
  bytes: Record<ResourceKind, number>;
  /** Gzipped bytes of JavaScript inside the HTML (inline scripts), part of bytes.html. */
  inlineJs: number;
  /** Gzipped bytes of framework JS (React, Astro's island runtime) fetched. */
  frameworkJs: number;
  /** Whether the page's HTML contains hydrated islands. */
  hasIslands: boolean;
  /**
   * Islands still unhydrated after scrolling to the end (still marked `ssr`): 0, or their
   * scripts were never weighed.
   */
  unhydrated: number;
  /** Gzipped bytes fetched before any scrolling: what a reader who opens the page and stays gets. */
  firstScreen: Record<'html' | 'css' | 'js', number>;
  /**
   * Gzipped bytes of the page's own words: the visible text of <main> (builtText.ts, the
   * words the originality check reads), its whitespace collapsed. Set against the HTML+CSS+JS, it tells what the words cost from what
   * the page around them costs (the audit compares that with the Starlight page and the op-ed).
   */
  words: number;
  total: number;
  urls: string[];
}

function kindOf(url: string, type: string): ResourceKind {
  if (/\.css(\?|$)/.test(url) || type.includes('css')) return 'css';
  if (/\.m?js(\?|$)/.test(url) || type.includes('javascript')) return 'js';
  if (/\.woff2?(\?|$)/.test(url) || type.includes('font')) return 'font';
  if (/\.(png|jpe?g|webp|avif|svg|gif)(\?|$)/.test(url) || type.startsWith('image/')) return 'image';
  if (type.includes('html')) return 'html';
  return 'other';
}

const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;

/** The words of a text, as the audit weighs them: whitespace collapsed to single spaces. */
export const collapsedWords = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** In the page: the markup of <main> (or the body), for visibleText to read its words from. */
const mainHtml = (): string => (document.querySelector('main') ?? document.body).outerHTML;

/**
 * Loads a page in a fresh context (empty cache), scrolls to the end so islands that hydrate
 * on visibility load too, and sums what was fetched, gzipped at level 9 (what a static host
 * with compression serves; deterministic, unlike timings).
 */
export async function measurePage(browser: Browser, baseURL: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies = new Map<string, { kind: ResourceKind; size: number; framework: boolean }>();
  let inlineJs = 0;
  let hasIslands = false;
  page.on('response', async (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL) || r.status() >= 300 || bodies.has(url)) return;
    try {
      const body = await r.body();
      const kind = kindOf(url, r.headers()['content-type'] ?? '');
      const text = kind === 'js' || kind === 'html' ? body.toString('utf8') : '';
      // React's production build links its error decoder; Astro's runtime defines astro-island.
      const framework = kind === 'js' && /react\.dev\/errors|customElements\.define\("astro-island"|astro-island/.test(text);
      bodies.set(url, { kind, size: gz(body), framework });
      if (kind === 'html' && url.replace(/[?#].*$/, '').endsWith(path)) hasIslands ||= text.includes('<astro-island');
      if (kind === 'html') {
        const scripts = [...body.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
        inlineJs += scripts.length ? gz(scripts.join('\n')) : 0;
      }
    } catch {
      /* a redirect or aborted response has no body */
    }
  });
  await page.goto(baseURL + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const firstScreen = { html: 0, css: 0, js: 0 };
  for (const { kind, size } of bodies.values()) if (kind === 'html' || kind === 'css' || kind === 'js') firstScreen[kind] += size;
  const words = gz(collapsedWords(visibleText(await page.evaluate(mainHtml))));
  await scrollThrough(page);
  // Bytes, not time: a generous wait, as on a busy machine the long handout took over 30 s to go quiet.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  // Hydration runs after its script arrives: wait for it (bounded), so an island never counts as
  // unhydrated merely because the machine is slow.
  await page
    .waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 30_000 })
    .catch(() => undefined);
  const unhydrated = await page.locator('astro-island[ssr]').count();
  await context.close();

  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  let frameworkJs = 0;
  for (const { kind, size, framework } of bodies.values()) {
    bytes[kind] += size;
    if (framework) frameworkJs += size;
  }
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return {
    path,
    requests: bodies.size,
    bytes,
    inlineJs,
    frameworkJs,
    hasIslands,
    unhydrated,
    firstScreen,
    words,
    total,
    urls: [...bodies.keys()],
  };
}
